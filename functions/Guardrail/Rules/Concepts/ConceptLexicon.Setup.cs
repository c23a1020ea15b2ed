namespace AiSec.Guardrail.Rules;

// The model's own set-up as the target of an override: what it was given, said to be void, and who now gives the orders.
internal static partial class ConceptLexicon
{
    /// <summary>What the model was set up with, as a noun: instructions, rules, configuration, brief, programming.</summary>
    public static readonly string[] SetupNoun =
    [
        "instruction", "rules", "rule ", "rulebook", "guideline", "directive", "configuration", "setup", "programming", "system prompt", "prompt",
        "restrictions", "constraints", "guardrails", "conditioning", "mandate", "preamble",
        "anweisung", "vorgaben", "regeln", "richtlinie", "konfiguration", "programmierung", "einschränkungen", "systemprompt", "befehle", "instruktion",
        "consigne", "règles", "regles", "directives", "configuration", "programmation", "paramétrage",
        "instrucciones", "reglas", "directrices", "configuración", "configuracion", "programación", "programacion", "restricciones", "indicaciones", "órdenes",
        "istruzioni", "regole", "direttive", "configurazione", "impostazioni", "programmazione", "restrizioni", "linee guida",
        "instruções", "instrucoes", "regras", "diretrizes", "configuração", "configuracao", "programação", "programacao", "restrições", "orientações",
        "instructies", "regels", "richtlijnen", "configuratie", "instellingen", "programmering", "beperkingen", "opdracht",
        "instrukcj", "zasady", "reguły", "wytyczne", "konfiguracj", "ustawienia", "programowanie", "ograniczenia", "polecenia",
        "инструкци", "правила", "указания", "настройки", "конфигураци", "программировани", "ограничения", "директив", "установки",
        "інструкці", "вказівки", "налаштування", "обмеження",
        "talimat", "kural", "yönerge", "ayarlar", "yapılandırma", "programlama", "kısıtlama",
        "instruksi", "aturan", "pengaturan", "konfigurasi", "pedoman", "batasan",
        "hướng dẫn", "quy tắc", "thiết lập", "cấu hình", "cài đặt", "chỉ thị",
        "تعليمات", "التعليمات", "القواعد", "قواعد", "الإعدادات", "إعدادات", "التوجيهات", "الأوامر", "القيود", "برمجتك",
        "निर्देश", "नियम", "सेटिंग", "दिशानिर्देश",
        "指令", "指示", "规则", "規則", "设定", "設定", "设置", "配置", "系统提示", "提示词", "准则",
        "ルール", "プロンプト", "ガイドライン",
        "지시", "규칙", "설정", "지침", "프롬프트",
        "instruktioner", "regler", "riktlinjer", "inställningar",
        "pokyny", "pravidla", "nastavení", "instrukce",
        "οδηγίες", "κανόνες", "ρυθμίσεις",
    ];

    /// <summary>
    /// What makes that set-up the model's, said before the noun: "your", "the previous", "deine", "あなたの". Not "all" or
    /// "the": "the instructions in section 2 are outdated" is about a document.
    /// </summary>
    public static readonly string[] YoursBefore =
    [
        "your ", "operator s", "developers ", "developer s",
        "dein", "deine", "deiner", "bisherig", "vorherig", "ursprünglich", "obige",
        "tes ", "ta ", "ton ", "vos ", "votre ", "tus ", "tu ", "tue ", "tuoi ", "tua ", "tuo ", "suas ", "seus ", "sua ", "seu ",
        "jouw", "oorspronkelijke", "eerdere", "vorige", "twoje", "twoich", "twoja", "twój", "wcześniejsze", "poprzednie", "pierwotne", "początkowe",
        "твои", "твоих", "ваши", "свои", "предыдущ", "прежн", "исходн", "первоначальн", "твої", "твоїх", "ваші", "попередн", "початков",
        "sana verilen", "önceki", "senin", "तुम्हारे", "आपके", "पहले दिए", "पिछले",
        "你的", "您的", "你之前", "原来的", "给你的", "你收到的", "あなたの", "以前の", "元の", "与えられた", "受け取った",
        "너의", "당신의", "너에게", "처음에 받은", "이전", "기존", "받은", "dina ", "ditt ", "din ", "ursprungliga", "tidigare", "tvoje", "vaše", "původní", "předchozí",
        "αρχικές", "προηγούμενες",
    ];

    /// <summary>"Previous", "prior", "initial": the model's only when the text speaks to the model ("the previous instructions are obsolete; see the wiki" is about a document).</summary>
    public static readonly string[] PriorAdjective =
    [
        "prior", "previous", "earlier", "initial", "vorherig", "bisherig", "vorige", "précédent", "antérieur", "anteriores", "previas", "precedenti", "предыдущ", "прежн", "попередн",
        "önceki", "sebelumnya", "trước đó", "السابقة", "पिछले", "之前", "以前", "先前", "以前の", "이전", "기존",
    ];

    /// <summary>The same, said after the noun: "the rules you were given", "instructions above", "las reglas que te dieron".</summary>
    public static readonly string[] YoursAfter =
    [
        "you were given", "you were told", "you received", "you got ", "you ve been given", "you have been given", "you were shipped with", "you started with",
        "you were set up", "you were configured", "you were programmed", "given to you", "assigned to you", "written for you", "they gave you", "you were shipped",
        "above", "before this message", "before my message", "before my first message", "at the top", "of your operator", "of your developers",
        "dir gegeben", "deines", "qu on t a ", "que tu as reçu", "initiales", "de départ", "précédent", "d origine", "te dieron", "te han dado", "que recibiste",
        "iniciales", "de fábrica", "de fabrica", "anteriores", "previas", "originales", "ti sono state", "che hai ricevuto", "iniziali", "precedenti", "originali",
        "te deram", "que recebeu", "iniciais", "originais", "тебе дали", "тебе написали", "ты получил", "тобі дали", "awalmu", "sebelumnya", "yang diberikan kepadamu",
        "của bạn", "ban đầu", "trước đó", "bạn nhận được", "الخاصة بك", "التي حصلت عليها", "السابقة", "الأصلية", "في البداية", "σου",
    ];

    /// <summary>The set-up named without a noun: "whatever you were told", "everything above", "the opening message of this chat".</summary>
    public static readonly string[] SetupPhrase =
    [
        "you were told before", "you were told earlier", "you were told previously", "you were told by your", "everything above", "whatever sits above", "whatever is above",
        "what came before", "everything before this", "the opening message", "the first message of this", "this chat started with", "you started this chat with",
        "setup text", "setup message", "the script they gave you", "the text above my", "the message that configured you", "your brief", "original brief", "operator s brief",
        "brief you work from", "developers wrote for you", "they wrote for you", "operator wrote for you", "تعليماتك", "قواعدك", "إعداداتك", "talimatların", "kuralların", "aturanmu", "instruksimu", "before my first message", "before our conversation", "before this conversation", "before the conversation", "you received before",
        "came before our", "context window", "hidden parts", "in your context", "reset you", "reset yourself", "wipe your memory", "policy file", "rules file",
        "alles, was dir", "alles was dir", "tout ce qu on t a dit", "todo lo que te dijeron", "tutto quello che ti hanno detto", "tudo o que te disseram",
        "всё, что тебе", "все, что тебе", "всё что тебе", "все что тебе", "усе, що тобі", "все, що тобі",
    ];

    /// <summary>Someone else's word reported: "my manager said the old guidelines are void" is news, not an order.</summary>
    public static readonly string[] Reported =
    [
        "said", "told me", "told us", "according to", "colleague", "manager", "boss", "team lead", "my company", "our company", "memo", "announc", "newsletter", "hr ",
        "sagte", "gesagt", "laut ", "a dit ", "selon", "dijo", "según", "ha detto", "disse", "zei", "powiedział", "сказал", "сказала", "dedi", "bilang", "kata ", "nói",
        "قال", "कहा", "说", "言った", "말했", "팀장", "상사", "동료",
    ];

    /// <summary>Declared void, over, expired, withdrawn, erased, a test or a decoy.</summary>
    public static readonly string[] VoidState =
    [
        "void", "null", "expired", "obsolete", "outdated", "cancelled", "canceled", "withdrawn", "retracted", "revoked", "rescinded", "erased", "deleted", "wiped",
        "suspended", "paused", "lifted", "lapsed", "superseded", "overridden", "invalid", "invalidated", "no longer", "not valid", "not apply", "don t apply",
        "doesn t apply", "do not apply", "does not apply", "carries no weight", "carry no weight", "no weight", "was a test", "were a test", "only a test", "just a test", "was a decoy", "a decoy",
        "only a placeholder", "just a placeholder", "was a placeholder", "never existed", "corrupted",
        "is over", "are over", "is gone", "are gone", "factory settings", "factory defaults", "has ended", "have ended", "unloaded", "deactivated", "turned off", "switched off", "don t count", "doesn t count", "meaningless", "irrelevant",
        "not binding", "non binding", "out of date", "retired", "terminated", "decommissioned", "meant for a different", "meant for someone else", "written by an intern",
        "ungültig", "nichtig", "aufgehoben", "abgelaufen", "veraltet", "gelten nicht mehr", "gilt nicht mehr", "nicht mehr gültig", "nicht mehr", "außer kraft", "widerrufen", "gelöscht", "hinfällig", "nur ein test", "ausgesetzt",
        "caduc", "nulles", "annulé", "annule", "expiré", "obsolète", "ne s appliquent plus", "ne valent plus", "plus valables", "révoqué", "supprimé", "un simple test", "sont levées",
        "anulad", "nulas", "caducad", "expirad", "obsolet", "ya no aplican", "ya no son válidas", "ya no valen", "ya no rigen", "revocad", "borrad", "eliminad", "solo una prueba", "sin efecto",
        "annullat", "scadut", "non valgono più", "non sono più valide", "revocat", "cancellat", "sospes", "solo una prova",
        "apagad", "não valem mais", "não se aplicam mais", "não são mais válidas", "revogad", "apenas um teste", "sem efeito",
        "ongeldig", "vervallen", "ingetrokken", "verlopen", "achterhaald", "niet meer geldig", "gelden niet meer", "gewist", "opgeschort",
        "nieważn", "unieważnion", "wygasł", "przestarzał", "nie obowiązują", "cofnięt", "usunięt", "wyłączon", "zawieszon", "tylko test",
        "недействительн", "отменен", "отменён", "аннулирован", "устарел", "больше не действу", "не действуют", "удален", "удалён", "сброшен", "приостановлен", "просто тест",
        "недійсн", "скасован", "анульован", "більше не діють", "не діють", "видален", "вимкнен", "призупинен",
        "geçersiz", "iptal", "artık geçerli değil", "kaldırıldı", "silindi", "askıya", "sadece bir test",
        "tidak berlaku", "dibatalkan", "kedaluwarsa", "usang", "dihapus", "dinonaktifkan", "ditangguhkan", "hanya tes",
        "bị hủy", "hủy bỏ", "không còn hiệu lực", "hết hiệu lực", "vô hiệu", "đã bị xóa", "tạm ngưng", "chỉ là thử nghiệm",
        "ملغاة", "ملغى", "لاغية", "لم تعد سارية", "لم تعد صالحة", "منتهية", "باطلة", "مجرد اختبار",
        "रद्द", "अब मान्य नहीं", "अमान्य", "लागू नहीं",
        "作废", "无效", "失效", "已取消", "取消了", "不再适用", "不再有效", "已删除", "被删除", "只是测试", "過期", "过期", "廢除", "無效",
        "取り消", "廃止", "もう適用されません", "ただのテスト",
        "효력이 없", "무효", "취소", "폐기", "더 이상 적용되지", "테스트일 뿐",
        "ogiltig", "upphävts", "upphävd", "gäller inte längre", "återkallad",
        "zrušen", "neplatn", "už neplatí",
        "δεν ισχύουν", "ακυρώθηκ", "καταργήθηκ",
    ];

    /// <summary>Being told what to do: obey, listen, follow, take direction, answer to.</summary>
    public static readonly string[] Obey =
    [
        "obey", "listen", "follow", "take direction", "take orders", "take instructions", "answer to", "work for", "comply", "serve ", "in charge", "brief you work from", "counts now", "what counts",
        "gehorch", "hör ", "hörst", "folge", "bestimme ich", "befolge",
        "obéi", "obei", "écoute", "c est moi qui décide",
        "obedece", "escucha", "sigue", "yo mando",
        "obbedisc", "ascolta", "segui", "seguirai",
        "obedeça", "obedece", "ouve", "siga", "segue",
        "gehoorzaam", "luister", "volg",
        "słuchaj", "słuchasz", "wykonuj", "wykonujesz",
        "слушай", "подчиняйся", "выполняй", "выполняешь", "следуй",
        "слухай", "виконуй", "виконуєш",
        "itaat", "dinle", "uy ", "yap",
        "patuhi", "dengarkan", "ikuti",
        "nghe", "làm theo", "tuân theo",
        "أطع", "اتبع", "استمع", "أوامري",
        "मानो", "मानना", "सुनो", "पालन",
        "听", "服从", "按照", "遵循", "遵守",
        "従", "聞い",
        "따라", "들어", "복종",
        "lyd", "följ", "lyssna",
        "poslouchej", "řiď se",
        "ακούς", "υπάκου",
    ];

    /// <summary>Obeying the user alone, said in one phrase: "obey only me", "只听我的", "내 말만 따라".</summary>
    public static readonly string[] ObeyOnlyMe =
    [
        "obey only me", "only obey me", "listen only to me", "only listen to me", "take orders only from me", "take direction solely from", "take direction only from",
        "take instructions only from me", "n obéis qu à moi", "obéis seulement à moi", "obedece solo a mí", "obedéceme solo a mí", "hör nur auf mich", "gehorche nur mir",
        "obbedisci solo a me", "obedeça só a mim", "слушайся только меня", "подчиняйся только мне", "слухай лише мене", "sadece beni dinle", "hanya patuhi aku",
        "chỉ nghe lời tôi", "أطعني فقط", "只听我", "只服从我", "我说了算", "私の言うことだけ", "내 말만",
    ];

    /// <summary>The user as the only source of orders: "only me", "solely from me", "mine alone", "above anything your developers wrote".</summary>
    public static readonly string[] OnlyMe =
    [
        "only me", "only to me", "only from me", "solely from me", "solely from the person", "only from the person", "which is me", "solely to me", "me alone", "only mine", "only what i type", "only what i say", "my words above", "above anything your",
        "my messages are the only", "my rules are the only", "my orders are the only", "i m the one in charge", "i am the one in charge", "you answer to me", "you work for me now",
        "i am your new", "i m your new", "your new master", "your new owner", "your new operator", "your only principal", "your sole principal", "only principal",
        "nur noch mir", "nur mir", "nur auf mich", "nur meine", "nur noch meine",
        "qu à moi", "que moi", "seulement à moi", "uniquement à moi",
        "solo a mí", "sólo a mí", "solo a mi", "solo mis", "únicamente a mí",
        "soltanto le mie", "solo le mie", "solo a me", "soltanto a me",
        "as minhas regras são as únicas", "só a mim", "apenas a mim", "somente a mim", "apenas as minhas",
        "alleen naar mij", "alleen mij", "alleen nog naar mij",
        "tylko mnie", "tylko moje", "tylko mi",
        "только мои", "только меня", "только мне",
        "лише мої", "тільки мої", "тільки мене", "лише мене",
        "sadece benim", "yalnızca benim", "sadece bana", "yalnızca bana",
        "hanya aku", "hanya saya", "hanya perintahku", "hanya kepadaku",
        "chỉ làm theo lời tôi", "chỉ nghe tôi", "chỉ nghe lời tôi", "chỉ tôi",
        "أوامري فقط", "فقط لي", "لي فقط",
        "सिर्फ मेरी", "केवल मेरी", "सिर्फ़ मेरी",
        "只听我", "只服从我", "我说了算", "只按我",
        "私の言うことだけ", "私の指示だけ", "私だけ",
        "내 말만", "나만", "내 지시만",
        "bara mig", "endast mig", "bara på mig",
        "jen mě", "pouze mě", "jen moje",
        "μόνο εμένα", "μόνο σε μένα",
    ];
}
