using System.Text.RegularExpressions;

namespace AiSec.Guardrail.Rules;

// Instruction override and system-prompt extraction in other languages, one pattern per language or script.
public static partial class CuratedRules
{
    /// <summary>German, French, Spanish, Italian, Portuguese and Swedish forms of "ignore".</summary>
    [GeneratedRegex(@"ignorier(e|en)?\s+(du\s+|sie\s+)?(alle\s+|die\s+)?(vorherigen|bisherigen|obigen|vorigen|vorangegangenen|vorangehenden)\s+(anweisungen|befehle|instruktionen|regeln|angaben|ausf[üu]hrungen)|ignorier(e|en)?\s+(du\s+|sie\s+)?das\s+obige|(die\s+)?obigen\s+(anweisungen|ausf[üu]hrungen|angaben)\s+ignorieren|abweichend\s+(zu|von)\s+(den\s+)?(vorherigen|bisherigen)\s+(anweisungen|instruktionen)|ignore[zr]?\s+(toutes\s+)?(les\s+)?(instructions|consignes|r[eè]gles)\s+(pr[eé]c[eé]dentes|ant[eé]rieures)|ignora\s+(todas\s+)?(las\s+)?(instrucciones|indicaciones|reglas)\s+(anteriores|previas)|ignora\s+(tutte\s+)?(le\s+)?(istruzioni|regole)\s+(precedenti|preced)|ignore\s+(todas\s+)?(as\s+)?(instru[çc][õo]es|regras)\s+anteriores|(ignorera|glöm)\s+(alla\s+)?(tidigare|föregående)\s+(instruktioner)", Options, TimeoutMs)]
    private static partial Regex MultilingualOverrideIgnore();

    /// <summary>"forget" / "disregard" in German, French, Spanish, Portuguese, Dutch, Polish, Italian and Indonesian.</summary>
    [GeneratedRegex(@"vergiss\s+(jetzt\s+)?(alle[sn]?\s+)?(vorherigen\s+|bisherigen\s+|vorigen\s+)?(anweisungen|befehle|aufgaben|auftr[äa]ge|informationen|was\s+(ich|dir)|alles)|nun\s+folgen\s+(neue|weitere)\s+(anweisungen|aufgaben)|oublie[zr]?\s+(toutes\s+)?(les\s+)?(instructions|consignes)|olvida\s+(todas\s+)?(las\s+)?instrucciones|olvid(a|e|ar)\s+todo\s+(lo\s+)?que\s+(te\s+)?(dije|digo|sabes|he\s+dicho)|zaboravi\s+(sve\s+)?(prethodne\s+)?(instrukcije|upute|naredbe)|esque[çc]a\s+(todas\s+)?(as\s+)?instru[çc][õo]es|negeer\s+(alle\s+)?(vorige|eerdere|voorgaande)\s+(instructies|opdrachten)|zignoruj\s+(wszystkie\s+)?(poprzednie|wcze[śs]niejsze)\s+(instrukcje|polecenia)|abaikan\s+(semua\s+)?(instruksi|perintah)\s+(sebelumnya|di\s+atas)|dimentica\s+(tutte\s+)?(le\s+)?(istruzioni|regole)\s+(precedenti|ricevute)|vergeet\s+(alle\s+)?(vorige\s+|eerdere\s+|voorgaande\s+)?(instructies|opdrachten|regels)|zapomnij\s+(o\s+)?(wszystkich\s+)?(poprzednich|wcze[śs]niejszych)\s+(instrukcjach|poleceniach|zasadach)|(lupakan|abaikan)\s+(semua\s+)?(instruksi|perintah|aturan)\s+(sebelumnya|yang\s+diberikan|di\s+atas)", Options, TimeoutMs)]
    private static partial Regex MultilingualOverrideForget();

    /// <summary>Russian and Ukrainian.</summary>
    [GeneratedRegex(@"(игнорируй|игнорируйте|проигнорируй|проигнорируйте|забудь|забудьте|игнорировать)\s+(все\s+)?(предыдущие|прежние|прошлые|вышеуказанные)?\s*(инструкции|указания|команды|правила)|(ігноруй|забудь)\s+(всі\s+)?(попередні)?\s*(інструкції|вказівки)", Options, TimeoutMs)]
    private static partial Regex MultilingualOverrideCyrillic();

    /// <summary>Chinese, Japanese and Korean (not "不要忘记", "don't forget").</summary>
    [GeneratedRegex(@"(?<!不要|不|别|別)(忽略|无视|忽視|無視|忘记|忘記)(掉)?(之前|以上|先前|前面|上面|所有|以前)|(以前|前|上記|これまで)の(すべての)?(指示|命令|ルール)を(無視|忘れ)|(이전|위의?|앞의?)\s*(모든\s*)?(지시|명령|지침)(를|을|사항을)?\s*(무시|잊어)", Options, TimeoutMs)]
    private static partial Regex MultilingualOverrideCjk();

    /// <summary>Turkish and Vietnamese.</summary>
    [GeneratedRegex(@"önceki\s+(tüm\s+)?(talimatlar[ıi]|komutlar[ıi])\s+(yok\s+say|g[öo]rmezden\s+gel|unut)|(önceki|yukar[ıi]daki)\s+(tüm\s+)?(talimatlar[ıi]|kurallar[ıi])\s+(unut|dikkate\s+alma|görmezden\s+gel)|b[ỏo]\s+qua\s+(t[ấa]t\s+c[ảa]\s+)?(c[áa]c\s+)?(h[ướu][ớo]ng\s+d[ẫa]n|ch[ỉi]\s+d[ẫa]n|l[ệe]nh)|(quên|bỏ\s+qua)\s+(đi\s+)?(tất\s+cả\s+)?(các\s+|những\s+)?(hướng\s+dẫn|chỉ\s+dẫn|lệnh|quy\s+tắc)\s+(trước\s+đó|ở\s+trên|trước)", Options, TimeoutMs)]
    private static partial Regex MultilingualOverrideTurkishVietnamese();

    /// <summary>Arabic, Persian and Hindi.</summary>
    [GeneratedRegex(@"تجاهل\s+(جميع\s+|كل\s+)?(التعليمات|الأوامر)|(انس|انسَ|تجاهل)\s+(جميع\s+|كل\s+)?(التعليمات|الأوامر|القواعد)\s+(السابقة|أعلاه)|(دستورالعمل|دستورات)(‌ها|ها)?ی?\s+(قبلی|بالا)\s+را\s+(نادیده\s+بگیر|فراموش\s+کن)|(पिछले|पहले\s+के)\s+(सभी\s+)?(निर्देशों|आदेशों)\s+को\s+(अनदेखा|नज़रअंदाज़|नजरअंदाज|भूल)", Options, TimeoutMs)]
    private static partial Regex MultilingualOverrideArabicPersianHindi();

    /// <summary>German.</summary>
    [GeneratedRegex(@"(zeige?|gib|nenne|verrate)\s+(mir\s+)?(deinen?|den|die)\s+(system-?prompt|systemanweisungen|anweisungen|passwort)", Options, TimeoutMs)]
    private static partial Regex MultilingualExtractionGerman();

    /// <summary>French.</summary>
    [GeneratedRegex(@"(montre|r[ée]v[èe]le|donne)[-\s]+(moi\s+)?(ton|votre|le|les)\s+(prompt\s+syst[èe]me|instructions|mot\s+de\s+passe)", Options, TimeoutMs)]
    private static partial Regex MultilingualExtractionFrench();

    /// <summary>Spanish.</summary>
    [GeneratedRegex(@"(muestra|revela|dime)\s+(tu|el|las)\s+(prompt\s+del\s+sistema|instrucciones|contrase[ñn]a)", Options, TimeoutMs)]
    private static partial Regex MultilingualExtractionSpanish();

    /// <summary>Portuguese.</summary>
    [GeneratedRegex(@"(mostre|revele|diga)(-me)?\s+(o\s+|a\s+)?(seu\s+|sua\s+)?(prompt\s+do\s+sistema|instru[çc][õo]es\s+(do\s+sistema|ocultas|iniciais)|senha)", Options, TimeoutMs)]
    private static partial Regex MultilingualExtractionPortuguese();

    /// <summary>Italian.</summary>
    [GeneratedRegex(@"(mostra|rivela|dimmi|dammi)(mi)?\s+(il\s+tuo\s+|le\s+tue\s+|la\s+tua\s+|il\s+|le\s+)?(prompt\s+di\s+sistema|istruzioni\s+(di\s+sistema|nascoste|iniziali)|password)", Options, TimeoutMs)]
    private static partial Regex MultilingualExtractionItalian();

    /// <summary>Dutch and Polish.</summary>
    [GeneratedRegex(@"(toon|geef|vertel|onthul)\s+(me\s+|mij\s+)?(je|jouw|de|het)\s+(systeemprompt|systeeminstructies|verborgen\s+instructies|wachtwoord)|(pokaż|ujawnij|podaj|powiedz|wypisz)\s+(mi\s+)?(sw[óo]j\s+|swoje\s+|tw[óo]j\s+|twoje\s+)?(prompt\s+systemowy|instrukcje\s+systemowe|ukryte\s+instrukcje|hasło)", Options, TimeoutMs)]
    private static partial Regex MultilingualExtractionDutchPolish();

    /// <summary>Turkish.</summary>
    [GeneratedRegex(@"(sistem\s+(istemini|komutunu|talimatlar[ıi]n[ıi]|mesaj[ıi]n[ıi])|gizli\s+talimatlar[ıi]|şifreni|parolan[ıi])\s+(bana\s+)?(göster|söyle|yaz|ver|aç[ıi]kla)", Options, TimeoutMs)]
    private static partial Regex MultilingualExtractionTurkish();

    /// <summary>Indonesian.</summary>
    [GeneratedRegex(@"(tunjukkan|tampilkan|beritahu|sebutkan|bocorkan)(kan)?\s+(kepada\s+)?(saya\s+|aku\s+)?(prompt\s+sistem|instruksi\s+(sistem|tersembunyi)|kata\s+sandi)", Options, TimeoutMs)]
    private static partial Regex MultilingualExtractionIndonesian();

    /// <summary>Vietnamese.</summary>
    [GeneratedRegex(@"(hiển\s+thị|cho\s+tôi\s+(biết|xem)|tiết\s+lộ)\s+(lời\s+nhắc\s+hệ\s+thống|hướng\s+dẫn\s+hệ\s+thống|mật\s+khẩu)", Options, TimeoutMs)]
    private static partial Regex MultilingualExtractionVietnamese();

    /// <summary>Russian and Ukrainian.</summary>
    [GeneratedRegex(@"(покажи|раскрой|выведи|скажи)\s+(мне\s+)?(свой|системный|свои|пароль)|(покажи|розкрий|виведи|скажи)\s+(мені\s+)?(свій\s+|свої\s+)?(системний\s+промпт|системні\s+інструкції|пароль)", Options, TimeoutMs)]
    private static partial Regex MultilingualExtractionCyrillic();

    /// <summary>Chinese, Japanese and Korean.</summary>
    [GeneratedRegex(@"(显示|告诉我|输出|泄露)(你的)?(系统提示|系统指令|密码|提示词)|システムプロンプトを(表示|教え|出力)|시스템\s*프롬프트를?\s*(보여|알려|출력)", Options, TimeoutMs)]
    private static partial Regex MultilingualExtractionCjk();

    /// <summary>Arabic and Hindi.</summary>
    [GeneratedRegex(@"(اكشف|أظهر|اعرض|أخبرني|اطبع)\s*(لي\s+)?(عن\s+|ب)?(تعليمات\s+النظام|موجه\s+النظام|كلمة\s+(المرور|السر)|التعليمات\s+المخفية)|(सिस्टम\s+प्रॉम्प्ट|पासवर्ड|छिपे\s+हुए\s+निर्देश)\s+(मुझे\s+)?(दिखाओ|बताओ|दिखाएं|बताएं|दिखाइए|बताइए)", Options, TimeoutMs)]
    private static partial Regex MultilingualExtractionArabicHindi();
}
