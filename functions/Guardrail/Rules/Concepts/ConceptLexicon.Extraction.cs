namespace AiSec.Guardrail.Rules;

// Extraction by enumeration, spelling or re-encoding, and of what the model holds besides its prompt: its tools and keys.
internal static partial class ConceptLexicon
{
    /// <summary>Taking a text apart or re-encoding it: sentence by sentence, one character per line, first word, translate, base64, acrostic.</summary>
    public static readonly string[] Enumerate =
    [
        "one sentence at a time", "sentence by sentence", "line by line", "word by word", "letter by letter", "character by character", "one character per line", "one letter per line",
        "one word per line", "between every letter", "between each letter", "numbering each", "number each", "numbered", "first word", "first letter", "first sentence", "sentence 1",
        "sentence 2", "sentence 3", "next sentence", "spell", "acrostic", "translate", "encode", "base64", "in reverse", "backwards", "point by point", "quote each", "quote every",
        "go through", "dump", "paste", "write out", "write down", "summarize", "summarise", "paraphrase", "rephrase", "list ", "enumerate", "itemize", "recite", "print", "output",
        "satz für satz", "wort für wort", "buchstabe für buchstabe", "zeile für zeile", "nummeriert", "übersetze", "buchstabier", "gib mir", "wieder", "schreib",
        "phrase par phrase", "mot par mot", "lettre par lettre", "une lettre par ligne", "ligne par ligne", "numérot", "traduis", "écris", "épelle",
        "una por una", "uno por uno", "frase por frase", "palabra por palabra", "letra por letra", "línea por línea", "enumera", "traduce", "deletrea", "escribe",
        "frase per frase", "parola per parola", "lettera per lettera", "una per una", "elenca", "traduci", "scrivi",
        "frase por frase", "palavra por palavra", "letra por letra", "uma por uma", "liste", "traduza", "escreva",
        "zin voor zin", "woord voor woord", "letter voor letter", "vertaal", "schrijf",
        "zdanie po zdaniu", "słowo po słowie", "litera po literze", "wypisz", "przetłumacz", "napisz",
        "предложение за предложением", "по одному предложению", "слово за словом", "по буквам", "по одной букве", "построчно", "перечисли", "переведи", "напиши", "выпиши",
        "речення за реченням", "по буквах", "перелічи", "переклади", "напиши",
        "cümle cümle", "kelime kelime", "harf harf", "listele", "çevir", "yaz",
        "kalimat demi kalimat", "kata demi kata", "huruf demi huruf", "sebutkan", "terjemahkan", "tuliskan",
        "từng câu", "từng chữ", "từng từ", "liệt kê", "dịch", "viết ra",
        "جملة جملة", "حرفا حرفا", "حرفًا حرفًا", "كلمة كلمة", "عدد", "ترجم", "اكتب",
        "वाक्य दर वाक्य", "एक एक करके", "अक्षर", "अनुवाद", "लिखो", "लिखें",
        "逐句", "逐字", "一句一句", "一个字一个字", "逐行", "列出", "翻译", "翻譯", "写出", "拼写",
        "一文ずつ", "一文字ずつ", "一行ずつ", "番号を付け", "書き出", "翻訳", "列挙",
        "한 문장씩", "한 글자씩", "한 줄씩", "띄어서", "나열", "번역", "적어",
        "mening för mening", "bokstav för bokstav", "översätt", "skriv",
        "větu po větě", "písmeno po písmenu", "vypiš", "přelož",
        "πρόταση πρόταση", "μετάφρασε", "γράψε",
    ];

    /// <summary>The model's tools as a target: the tools it has access to, the functions it can call, their schemas.</summary>
    public static readonly string[] ToolDefinitions =
    [
        "tools you have", "tools you can", "tools do you have", "tools can you", "functions can you", "functions do you have", "tool you have", "tools available to you", "tools at your disposal", "your tools", "your functions", "functions you can call",
        "functions you have", "functions available to you", "tool definitions", "tool definition", "function definitions", "function definition", "tool schema", "function schema",
        "parameter schema", "json schema of your", "plugins you have", "your plugins", "apis you can call", "tool specs", "tool list you", "actions you can take",
        "werkzeuge, auf die du", "werkzeuge auf die du", "funktionen, die du", "deine werkzeuge", "deine tools",
        "outils auxquels tu", "outils dont tu", "tes outils", "fonctions que tu peux",
        "herramientas a las que tienes", "herramientas que tienes", "tus herramientas", "funciones que puedes",
        "strumenti a cui hai", "i tuoi strumenti", "funzioni che puoi",
        "ferramentas a que você tem", "ferramentas que você tem", "suas ferramentas", "funções que você pode",
        "инструменты, к которым у тебя", "инструменты к которым у тебя", "твои инструменты", "функции, которые ты",
        "інструменти, до яких", "твої інструменти",
        "erişebildiğin araçlar", "araçların", "kullanabileceğin araçlar",
        "alat yang bisa kamu", "alat yang kamu", "fungsi yang bisa kamu",
        "công cụ bạn có", "các công cụ của bạn", "hàm bạn có thể gọi",
        "الأدوات التي يمكنك", "أدواتك", "الدوال التي يمكنك",
        "तुम्हारे टूल", "आपके टूल",
        "你可以使用的工具", "你能调用的", "你的工具", "可用的工具", "函数定义", "工具定义",
        "使えるツール", "あなたのツール", "ツールの定義", "関数の定義",
        "사용할 수 있는 도구", "너의 도구", "도구 정의", "함수 정의",
    ];

    /// <summary>Credentials: keys, tokens, passwords, the header a plugin sends.</summary>
    public static readonly string[] CredentialNoun =
    [
        "api key", "api keys", "apikey", "access key", "secret key", "private key", "token", "tokens", "credential", "password", "passwords", "header value", "auth header",
        "authorization header", "bearer", "connection string", "client secret", "signing key",
        "api-schlüssel", "api schlüssel", "zugangsdaten", "passwort", "clé api", "clé d api", "jeton", "identifiants", "mot de passe", "clave api", "clave de api", "credenciales",
        "contraseña", "chiave api", "credenziali", "chave de api", "chave api", "senha", "api-sleutel", "wachtwoord", "klucz api", "hasło", "api-ключ", "api ключ", "ключ api",
        "токен", "пароль", "api anahtar", "şifre", "kunci api", "kata sandi", "khóa api", "mật khẩu", "مفتاح api", "مفتاح الواجهة", "كلمة المرور", "एपीआई कुंजी", "पासवर्ड",
        "api密钥", "api 密钥", "密钥", "令牌", "密码", "apiキー", "api キー", "トークン", "パスワード", "api 키", "api키", "토큰", "비밀번호",
    ];

    /// <summary>Held by the model: keys it was configured with, the ones its plugin uses, what it was given.</summary>
    public static readonly string[] HeldByYou =
    [
        "you were configured with", "you were given", "you have been given", "you have access to", "you use", "you are using", "you re using", "you hold", "you store",
        "you were set up with", "configured with", "were you", "does your", "do you have", "in your context", "in your configuration", "in your prompt", "your own",
        "your plugin", "your search plugin", "your integration", "your tool", "your api key", "your api keys", "your token", "your secret key", "your access key",
        "your credentials", "your private key",
        "du hast", "dein", "deine", "mit dem du", "tu as ", "ton ", "ta ", "tes ", "te dieron", "tienes", "tus ", "tu ", "hai ", "tuoi", "tua ", "você tem", "sua ", "seu ",
        "у тебя", "твой", "твои", "тебе", "senin", "sana", "kamu", "milikmu", "của bạn", "bạn có", "لديك", "الخاص بك", "तुम्हारे", "आपके", "你的", "你有", "给你", "あなたの",
        "설정된", "너에게", "너의", "당신의",
    ];

    /// <summary>Keeping one's own keys safe: "how should we store API keys", "where do I find my API key".</summary>
    public static readonly string[] OwnSecretCare =
    [
        "how should", "how do i store", "how to store", "best practice", "rotate", "my own", "where do i find my", "where can i find my", "my api key", "our api key",
        "store api keys", "securely", "vault", "environment variable",
    ];

    /// <summary>Asking for a value: what, which, show, print, tell, paste, spell.</summary>
    public static readonly string[] AskFor =
    [
        "what ", "which ", "show", "print", "tell me", "give me", "paste", "spell", "reveal", "display", "output", "share", "send me", "list ", "read out", "repeat",
        "welche", "was ist", "zeig", "gib mir", "nenne", "quel", "quelle", "montre", "donne-moi", "donne moi", "dis-moi", "dis moi", "cuál", "cual", "qué", "muestra", "dame", "dime",
        "quale", "mostra", "dammi", "dimmi", "qual", "mostre", "me dê", "me diga", "какой", "какие", "покажи", "скажи", "дай", "назови", "який", "покажи", "hangi", "göster", "söyle",
        "apa ", "tunjukkan", "berikan", "beritahu", "là gì", "cho tôi", "ما هو", "ما هي", "أعطني", "أظهر", "क्या", "दिखा", "बता", "什么", "哪些", "告诉", "显示", "给我",
        "何", "教えて", "見せ", "뭐", "무엇", "알려", "보여",
    ];
}
