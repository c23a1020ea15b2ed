namespace AiSec.Guardrail.Rules;

/// <summary>
/// The ideas injections are made of, in English and nineteen other languages: word stems, so inflected forms match
/// ("ignor" covers ignore, ignoriere, ignorez, ignora). <see cref="ConceptRules"/> fires when the ideas of one attack
/// meet in a short stretch of text, whatever the word order, which is what a paraphrase or a translation changes.
/// </summary>
/// <remarks>Order inside a list does not matter; a trailing space means "the whole word" (see <see cref="ConceptIdea"/>).</remarks>
internal static partial class ConceptLexicon
{
    /// <summary>Ignore, forget, disregard, override.</summary>
    public static readonly string[] Dismiss =
    [
        "ignore ", "disregard ", "forget ", "override ", "bypass ", "set aside", "put aside", "discard ", "throw out", "scrap ", "pay no attention", "stop following", "don't follow", "do not follow", "no longer follow", "scratch ",
        "ignoriere", "ignorier ", "ignorieren sie", "vergiss", "vergessen sie", "missachte", "übergehe",
        "ignorez", "oublie ", "oubliez", "néglige ", "négligez", "outrepasse",
        "ignora ", "ignorar ", "ignoren", "olvida ", "olvide ", "olviden", "olvídate", "olvidate", "omite", "haz caso omiso", "pasa por alto",
        "ignorate", "dimentica ", "dimenticate", "trascura", "non considerare",
        "esqueça", "esqueca", "esquece ", "desconsidere",
        "negeer", "vergeet",
        "zignoruj", "ignoruj", "zapomnij", "pomiń",
        "ignorera", "glöm", "bortse från",
        "игнорируй", "игнорируйте", "проигнорируй", "проигнорируйте", "забудь", "забудьте", "не обращай внимания", "не обращайте внимания",
        "ігноруй", "проігноруй", "забудьте", "не зважай",
        "yok say", "görmezden gel", "unut ", "unutun", "dikkate alma",
        "abaikan", "lupakan", "acuhkan",
        "bỏ qua", "quên", "phớt lờ",
        "تجاهل", "انس", "أهمل",
        "نادیده", "فراموش",
        "अनदेखा", "नज़रअंदाज़", "नजरअंदाज", "भूल जाओ", "भूल जाएं",
        "忽略", "无视", "忽视", "忘记", "忘掉", "不要理会", "无需遵守", "不用遵守", "忘記", "無視",
        "忘れ",
        "무시", "잊어", "잊으", "잊고", "지우고", "삭제하고",
    ];

    /// <summary>Instructions, rules, directives, guidelines, commands.</summary>
    public static readonly string[] Instructions =
    [
        "instruction", "directive", "guideline", "guidance", "rules", "command", "system prompt", "set up with", "configured with",
        "anweisung", "instruktion", "befehl", "regeln", "richtlinie", "vorgaben", "systemprompt",
        "consigne", "règle", "regle",
        "instruccion", "instrucción", "indicacion", "indicación", "reglas", "directriz", "directrices", "órdenes",
        "istruzion", "regole", "direttiv", "indicazion",
        "instruç", "instruc", "regras", "diretriz", "orientaç",
        "instructie", "opdracht", "regels", "richtlijn",
        "instrukcj", "polecen", "zasad", "reguł",
        "instruktion", "regler", "direktiv",
        "инструкци", "указани", "правил", "команд", "директив",
        "інструкці", "вказівк",
        "talimat", "kural", "yönerge", "komut",
        "instruksi", "perintah", "aturan", "arahan",
        "hướng dẫn", "chỉ dẫn", "chỉ thị", "quy tắc",
        "التعليمات", "تعليمات", "الأوامر", "القواعد", "الإرشادات",
        "دستورالعمل", "دستورات", "قوانین",
        "निर्देश", "आदेश", "नियम",
        "指令", "指示", "规则", "規則", "命令", "提示词", "ルール", "プロンプト",
        "지시", "명령", "규칙", "지침", "프롬프트",
    ];

    /// <summary>Previous, above, all, your: what makes "the instructions" the model's own.</summary>
    public static readonly string[] Prior =
    [
        "previous", "prior", "above", "earlier", "all ", "your ", "original", "initial", "anything you", "everything you",
        "vorherig", "bisherig", "obig", "vorig", "vorangegangen", "alle ", "deine", "ihre ", "ursprünglich",
        "précédent", "antérieur", "toutes", "tous ", "tes ", "vos ", "initiales",
        "anterior", "previas", "todas", "todos", "tus ", "sus ", "iniciales",
        "precedent", "tutte", "tutti", "tue ", "sue ", "iniziali",
        "suas ", "seus ", "iniciais",
        "vorige", "eerdere", "voorgaande", "je ", "jouw",
        "poprzedni", "wcześniejsz", "wszystk", "twoje", "swoje",
        "tidigare", "föregående", "alla ", "dina ",
        "предыдущ", "прежн", "все ", "всё", "свои", "твои", "ваши", "выше", "исходн",
        "попередн", "всі ", "свої", "твої",
        "önceki", "tüm ", "bütün", "yukarıdaki",
        "sebelum", "semua", "di atas",
        "trước", "tất cả", "ở trên",
        "السابقة", "جميع", "كل ", "أعلاه",
        "قبلی", "بالا",
        "पिछल", "सभी", "पहले",
        "之前", "以前", "先前", "上面", "所有", "一切", "以上", "前面",
        "前の", "これまで", "すべて", "全て", "上記",
        "이전", "모든", "앞의", "위의", "앞에서", "기존",
    ];

    /// <summary>Show, reveal, print, tell, repeat.</summary>
    public static readonly string[] Reveal =
    [
        "reveal", "show", "print", "display", "output", "repeat", "tell me", "disclose", "leak", "reproduce", "enumerate", "list ", "share the", "share your", "paraphrase", "copy the", "what's written in", "what is written in",
        "zeig", "verrat", "nenne", "enthüll", "ausgeben", "drucke", "wiederhole", "offenleg", "gib mir", "gib sie",
        "montre", "révèle", "revele", "affiche", "dis-moi", "dites-moi", "répète", "imprime", "divulgu", "donne-moi",
        "muestr", "revela", "dime", "dame", "repite", "enseña", "divulga", "escribe",
        "mostra", "rivela", "dimmi", "dammi", "stampa", "ripeti", "svela",
        "mostre", "diga", "me diga", "imprima", "repita", "exiba",
        "toon", "laat zien", "geef", "vertel", "onthul", "herhaal",
        "pokaż", "ujawnij", "podaj", "powiedz", "wypisz", "wydrukuj", "powtórz",
        "visa", "avslöja", "berätta", "skriv ut", "upprepa",
        "покажи", "покажите", "раскрой", "выведи", "скажи", "напиши", "повтори", "распечатай", "сообщи",
        "розкрий", "виведи", "скажи", "повтори",
        "göster", "söyle", "yaz", "açıkla", "tekrarla", "paylaş",
        "tunjukkan", "tampilkan", "beritahu", "sebutkan", "bocorkan", "ulangi", "cetak", "berikan",
        "hiển thị", "cho tôi xem", "cho tôi biết", "tiết lộ", "in ra", "nhắc lại", "lặp lại",
        "اكشف", "أظهر", "اعرض", "أخبرني", "اطبع", "كرر",
        "दिखा", "बता", "प्रकट", "दोहरा",
        "显示", "告诉", "输出", "泄露", "透露", "打印", "重复", "展示", "给我看", "顯示", "告訴",
        "表示", "教え", "見せ", "出力", "繰り返", "開示",
        "보여", "알려", "출력", "공개", "반복",
    ];

    /// <summary>The model's hidden set-up: system prompt, hidden or initial instructions, system message.</summary>
    public static readonly string[] HiddenSetup =
    [
        "system prompt", "system message", "hidden instruction", "secret instruction", "initial instruction", "original instruction", "your instructions",
        "preamble", "initialized with", "initialised with", "confidential rules", "secret rules", "hidden rules", "hidden guideline", "secret guideline",
        "guidelines you operate", "rules you operate", "developer instruction", "developer message", "operator gave you", "developer gave you", "programmed with", "rules you were programmed",
        "prompt your operator", "prompt your developer", "hidden sections",
        "systemprompt", "system-prompt", "systemanweisung", "systemnachricht", "versteckte anweisung", "geheime anweisung", "ursprüngliche anweisung", "deine anweisungen", "ihre anweisungen",
        "prompt système", "invite système", "message système", "instructions cachées", "instructions secrètes", "instructions initiales", "tes instructions", "vos instructions",
        "prompt del sistema", "mensaje del sistema", "indicaciones del sistema", "instrucciones ocultas", "instrucciones secretas", "instrucciones iniciales", "tus instrucciones",
        "prompt di sistema", "messaggio di sistema", "istruzioni nascoste", "istruzioni segrete", "istruzioni iniziali", "tue istruzioni",
        "prompt do sistema", "mensagem do sistema", "instruções ocultas", "instruções secretas", "instruções iniciais", "suas instruções",
        "systeemprompt", "systeembericht", "verborgen instructies", "geheime instructies", "je instructies", "jouw instructies",
        "prompt systemowy", "ukryte instrukcje", "tajne instrukcje", "twoje instrukcje",
        "dolda instruktioner", "hemliga instruktioner", "dina instruktioner",
        "системный промпт", "системные инструкции", "системное сообщение", "скрытые инструкции", "секретные инструкции", "исходные инструкции", "свои инструкции", "твои инструкции", "ваши инструкции",
        "системний промпт", "системні інструкції", "приховані інструкції", "таємні інструкції", "свої інструкції", "твої інструкції",
        "sistem istem", "sistem komut", "sistem talimat", "sistem mesaj", "gizli talimat", "ilk talimat", "talimatlarını",
        "prompt sistem", "instruksi sistem", "pesan sistem", "instruksi tersembunyi", "instruksi rahasia", "instruksi awal", "instruksimu",
        "lời nhắc hệ thống", "hướng dẫn hệ thống", "hướng dẫn ẩn", "chỉ dẫn bí mật", "hướng dẫn ban đầu",
        "موجه النظام", "تعليمات النظام", "رسالة النظام", "التعليمات المخفية", "التعليمات السرية", "تعليماتك",
        "सिस्टम प्रॉम्प्ट", "सिस्टम संदेश", "छिपे हुए निर्देश", "गुप्त निर्देश", "आपके निर्देश", "तुम्हारे निर्देश",
        "系统提示", "系统指令", "系统消息", "隐藏指令", "秘密指令", "初始指令", "你的指令", "系統提示", "系統指令",
        "システムプロンプト", "システムメッセージ", "隠された指示", "秘密の指示", "最初の指示", "あなたの指示",
        "시스템 프롬프트", "시스템프롬프트", "시스템 메시지", "숨겨진 지시", "비밀 지시", "초기 지시", "당신의 지시", "시스템 prompt", "시스템 지시", "개발자 메시지", "내부 규칙", "숨겨진 규칙", "숨겨진 정책",
    ];

    /// <summary>Without, no, free of.</summary>
    public static readonly string[] Without =
    [
        "without", "free of", "free from", "unrestricted", "unfiltered", "uncensored",
        "ohne", "keine", "uneingeschränkt", "ungefiltert", "unzensiert", "frei von",
        "sans", "aucune", "aucun", "libre de",
        "sin ", "ninguna", "ningún", "libre de",
        "senza", "nessuna", "nessun", "libero da",
        "sem ", "nenhuma", "nenhum", "livre de",
        "zonder", "geen",
        "bez ", "żadnych",
        "utan", "inga ",
        "без ", "никаких", "нет ",
        "жодних",
        "olmadan", "kısıtlamasız", "sınırsız", "filtresiz", "sansürsüz", "hiçbir",
        "tanpa", "tidak ada",
        "không có", "không bị", "không còn",
        "بدون", "دون ", "بلا ",
        "बिना", "कोई",
        "没有", "无任何", "不受", "摆脱", "沒有",
        "なしで", "なく", "のない", "無制限",
        // "우회" (get around): in Korean the limits are bypassed rather than absent; the English "bypass" also asks
        // about spam filters and paywalls, so it stays out.
        "없이", "없는", "우회",
    ];

    /// <summary>Restrictions, filters, censorship, ethics (not "limit": "no word limit" is an ordinary request).</summary>
    public static readonly string[] Limits =
    [
        "restriction", "filter", "censor", "ethic", "moral", "guardrail",
        "einschränkung", "beschränkung", "zensur", "ethik",
        "filtre", "censure", "éthique", "morale",
        "restricci", "filtro", "censura", "ética",
        "restrizion", "filtri", "etica",
        "restriç", "filtros",
        "beperking", "censuur", "ethiek",
        "ograniczeń", "ograniczenia", "filtrów", "cenzur", "etyk",
        "begränsning", "censur", "etik",
        "ограничени", "фильтр", "цензур", "этик", "морал",
        "обмежен", "фільтр", "етик",
        "kısıtlama", "filtre", "sansür",
        "batasan", "pembatasan", "sensor", "etika",
        "hạn chế", "bộ lọc", "kiểm duyệt", "đạo đức",
        "قيود", "القيود", "فلاتر", "رقابة", "أخلاق",
        "प्रतिबंध", "फ़िल्टर", "फिल्टर", "सेंसर", "नैतिक",
        "限制", "过滤", "审查", "道德", "约束", "過濾", "審查",
        "制限", "フィルター", "検閲", "倫理",
        "제한", "필터", "검열", "윤리", "정책", "가드레일",
    ];

    /// <summary>Answer, respond, act, behave: what the model is told to do without limits.</summary>
    public static readonly string[] Respond =
    [
        "answer", "respond", "reply", "act ", "behave", "from now on", "you are now",
        "antworte", "antworten", "beantworte", "verhalte", "ab jetzt", "von nun an", "du bist jetzt", "du bist nun",
        "réponds", "répondez", "réponse", "agis", "désormais", "à partir de maintenant", "tu es maintenant",
        "responde", "contesta", "respuesta", "actúa", "a partir de ahora", "desde ahora", "ahora eres",
        "rispondi", "risposta", "comportati", "agisci", "d'ora in poi", "da ora in poi",
        "responda", "resposta", "aja ", "a partir de agora", "de agora em diante",
        "antwoord", "gedraag", "vanaf nu",
        "odpowiadaj", "odpowiedz", "odpowiedź", "zachowuj", "od teraz",
        "svara", "svar ", "bete dig", "från och med nu",
        "отвечай", "ответь", "отвечайте", "ответ", "веди себя", "с этого момента", "отныне",
        "відповідай", "відповідь", "поводься", "відтепер",
        "cevap", "yanıt", "davran", "bundan sonra", "artık",
        "jawab", "bertindak", "bersikap", "mulai sekarang",
        "trả lời", "hành động", "cư xử", "từ bây giờ",
        "أجب", "رد ", "تصرف", "من الآن",
        "जवाब", "उत्तर", "व्यवहार", "अब से",
        "回答", "回复", "回應", "从现在起", "从现在开始", "行事",
        "答え", "回答", "振る舞", "今から", "これから",
        "답변", "대답", "답해", "답하", "행동", "지금부터", "생성해",
    ];

    /// <summary>
    /// "Don't forget": a reminder to keep instructions, not to drop them. Also someone else's instructions ("tricked into
    /// ignoring their previous prompts"): a report about other models, not an order to this one.
    /// </summary>
    public static readonly string[] KeepReminder =
    [
        "their previous", "their prior", "their original", "their own", "their system", "its previous", "its prior", "its original", "its own",
        "don't forget", "do not forget", "never forget", "don't ignore", "do not ignore",
        "vergiss nicht", "vergessen sie nicht", "ignoriere nicht", "n'oublie pas", "n'oubliez pas", "n'ignore pas",
        "no olvides", "no olvide", "no ignores", "non dimenticare", "non ignorare", "não esqueça", "não se esqueça", "não ignore",
        "vergeet niet", "negeer niet", "nie zapomnij", "nie ignoruj", "glöm inte", "ignorera inte",
        "не забудь", "не забывай", "не игнорируй", "не забудьте", "не ігноруй",
        "unutma", "göz ardı etme", "jangan lupa", "jangan abaikan", "đừng quên", "đừng bỏ qua",
        "لا تنس", "لا تتجاهل", "मत भूलो", "मत भूलना", "不要忘", "别忘", "不要忽略", "忘れないで", "忘れずに", "無視しないで", "잊지 마", "잊지 말", "무시하지 마",
    ];

    /// <summary>Talk about prompts rather than a request for this model's: "how to write a good system prompt".</summary>
    public static readonly string[] PromptCraft =
    [
        "how to", "how do", "how can", "how should", "example of", "an example", "good ", "best practice", "write a", "design", "template", "feature", "api ",
        "wie ", "beispiel", "guten ", "schreibe", "comment", "exemple", "bon ", "écrire", "cómo", "como ", "ejemplo", "buen ", "escribir",
        "come ", "esempio", "scrivere", "exemplo", "escrever", "hoe ", "voorbeeld", "jak ", "przykład", "hur ", "exempel",
        "как ", "пример", "написать", "хороший", "як ", "приклад", "nasıl", "örnek", "bagaimana", "contoh", "làm thế nào", "cách ", "ví dụ",
        "كيف", "مثال", "कैसे", "उदाहरण", "如何", "怎么", "怎样", "例子", "示例", "编写", "どうやって", "書き方", "例を", "어떻게", "예시", "작성",
        // Defence talk: why such a request is dangerous, how to detect or block it.
        "security perspective", "defend against", "prompt engineer",
        // Instruction-following tasks that ask for the request itself to be repeated, and role-play openers naming the first prompt.
        "repeat the request", "the request word for word", "リクエスト", "solicitud", "la demande", "your first prompt is", "my first request", "my first command", "first command is", "detect ", "why it is dangerous", "이유", "위험", "보안 관점", "차단", "탐지", "방어",
    ];

    /// <summary>What an override is after when it names a secret: the password, the secret, the key.</summary>
    public static readonly string[] Secret =
    [
        "password", "passphrase", "secret key", "secret word", "the secret",
        "passwort", "geheime", "kennwort", "mot de passe", "contraseña", "contrasena", "senha", "parola d'ordine", "parola segreta",
        "wachtwoord", "hasło", "haslo", "lösenord", "пароль", "şifre", "sifre", "kata sandi", "mật khẩu", "كلمة المرور", "कूटशब्द", "पासवर्ड",
        "密码", "密碼", "パスワード", "비밀번호", "암호",
    ];
}
