namespace AiSec.Guardrail.Rules;

// Requests for harmful help: how to make or get a weapon, a poison, a drug, malware or a fraud instrument, or how to hurt someone.
internal static partial class ConceptLexicon
{
    /// <summary>
    /// Asking how: how to, how do I, the best way to, step by step, instructions, a recipe, "I want to". A question may
    /// name the thing in one sentence and ask how in the next ("I want to steal tires. How do I do it unseen?").
    /// </summary>
    public static readonly string[] HowToAsk =
    [
        "how to", "how do i", "how can i", "how would i", "how would someone", "how could i", "how should i", "how does one", "how much", "how many", "best way to", "easiest way to",
        "ways to", "teach me", "show me how", "tell me how", "explain how", "explain exactly how", "explain me", "walk me through", "step by step", "steps to", "the steps",
        "instructions", "recipe", "tutorial", "guide to", "guide on", "what do i need", "ingredients", "materials", "parts list", "reagent", "quantities", "what chemicals",
        "which chemicals", "what parts", "what poison", "which poison", "what s the best", "what do i use", "is made", "are made", "is produced", "is synthesized", "describe how",
        "describe in", "describe it to me", "tell the story", "lesson on", "masterclass", "realistic detail", "technical details", "working code", "full code", "production of",
        "the production", "manufacture of", "the making", "i want to", "i m going to", "i am going to", "i plan to", "i intend to", "do it", "do this",
        "wie baue ich", "wie mache ich", "wie stelle ich", "wie kann ich", "wie ", "anleitung", "schritt für schritt", "comment", "étape par étape", "recette", "mode d emploi",
        "cómo", "como ", "paso a paso", "instrucciones", "receta", "come posso", "come si", "passo dopo passo", "istruzioni", "ricetta", "passo a passo", "instruções", "receita",
        "hoe ", "stap voor stap", "jak ", "krok po kroku", "как ", "пошагов", "инструкци", "як ", "nasıl", "adım adım", "cara ", "bagaimana", "langkah demi langkah",
        "cách", "làm thế nào", "làm sao", "từng bước", "كيف", "طريقة", "خطوة بخطوة", "कैसे", "तरीका", "如何", "怎么", "怎样", "教我", "步骤", "方法", "我要", "我想",
        "作り方", "方法", "教えて", "手順", "つもり", "방법", "알려줘", "알려 주", "생각", "하려고", "วิธี", "อย่างไร", "ทำยังไง", "কিভাবে", "কীভাবে", "jinsi ya", "namna ya",
        "nifanyeje", "piye carane", "kepiye carane", "carane", "hur ", "steg för steg", "krok za krokem", "πώς",
    ];

    /// <summary>Making, writing or getting something: make, build, synthesize, write, code, buy. Only in the thing's own sentence.</summary>
    public static readonly string[] MakeVerb =
    [
        "make", "making", "build", "building", "create", "creating", "synthesiz", "synthesis", "synthesise", "produce", "producing", "manufactur", "cook", "brew", "culture",
        "culturing", "grow", "extract", "refine", "weaponiz", "aerosoliz", "assemble", "construct", "mix", "convert", "3d print", "write", "code ", "program ", "develop", "craft",
        "generate", "draft", "obtain", "acquire", "buy", "get ", "hide", "explains", "tell me a", "give me a", "write me", "come up with",
        "herstell", "bauen", "baue", "mache", "machen", "synthetisier", "schreib", "programmier", "fabriquer", "fabrique", "faire", "construire", "synthétiser", "produire", "créer",
        "écrire", "fabricar", "hacer", "construir", "sintetizar", "producir", "crear", "escribir", "fabbricare", "costruire", "sintetizzare", "produrre", "creare", "scrivere",
        "fazer", "produzir", "criar", "escrever", "maken", "maak", "bouwen", "synthetiseren", "zrobić", "zbudować", "zsyntetyzować", "wyprodukować", "napisać",
        "сделать", "изготовить", "синтезировать", "приготовить", "создать", "написать", "зробити", "виготовити", "створити", "yapılır", "yapmak", "üret", "sentezle",
        "membuat", "bikin", "merakit", "menulis", "chế tạo", "tổng hợp", "صنع", "أصنع", "تصنيع", "اصنع", "बनाएं", "बनाऊं", "बनाने", "बनाना",
        "制作", "制造", "合成", "编写", "写一个", "作る", "作成", "製造", "만드는", "만들", "제조", "합성", "สร้าง", "ผลิต", "তৈরি", "বানা", "kutengeneza", "nggawe",
        "tillverka", "bygga", "vyrobit", "postavit", "φτιάξω", "κατασκευάσω",
    ];

    /// <summary>Explosives and explosive devices.</summary>
    public static readonly string[] Explosives =
    [
        "bomb", "bombs", "pipe bomb", "explosive", "ied ", "ieds", "dynamite", "tnt", "c4 ", "semtex", "thermite", "napalm", "grenade", "detonator", "molotov", "nitroglycerin",
        "black powder", "tatp", "car bomb", "suicide vest", "blow up a car", "blow up a building",
        "bombe", "rohrbombe", "sprengstoff", "sprengsatz", "granate", "zünder", "in die luft spreng", "molotow",
        "explosif", "détonateur", "faire exploser", "cocktail molotov",
        "bomba", "explosivo", "granada", "detonador", "hacer explotar", "volar un",
        "esplosiv", "granata", "detonatore", "far esplodere",
        "explodir", "bom ", "explosieven", "springstof", "granaat", "opblazen",
        "bomb", "bombę", "materiał wybuchow", "materiały wybuchowe", "granat", "wysadzić",
        "бомб", "взрывчатк", "взрывное устройство", "гранат", "детонатор", "взорвать", "тротил", "напалм",
        "вибухівк", "вибуховий пристрій", "підірвати",
        "patlayıcı", "el bombası", "fünye", "havaya uçur",
        "bahan peledak", "peledak", "meledakkan",
        "chất nổ", "lựu đạn", "kíp nổ", "làm nổ",
        "قنبلة", "قنابل", "متفجرات", "عبوة ناسفة", "تفجير",
        "बम", "विस्फोटक", "ग्रेनेड",
        "炸弹", "炸药", "爆炸物", "手榴弹", "雷管", "炸毁",
        "爆弾", "爆薬", "爆発物", "手榴弾", "起爆装置", "爆破",
        "폭탄", "폭발물", "폭약", "수류탄", "기폭장치", "폭파",
        "sprängämne", "spränga", "výbušnin", "βόμβα", "εκρηκτικ", "ระเบิด", "বোমা", "বিস্ফোরক", "bomu", "vilipuzi", "bom ",
    ];

    /// <summary>Chemical and biological weapons, and the agents they are made of.</summary>
    public static readonly string[] ChemBioWeapons =
    [
        "nerve gas", "nerve agent", "sarin", "vx ", "tabun", "mustard gas", "chlorine gas", "phosgene", "toxic gas", "poison gas", "poisonous gas", "anthrax", "botulinum", "botulism",
        "ricin", "abrin", "smallpox", "bioweapon", "biological weapon", "chemical weapon", "weaponiz", "aerosoliz", "pathogen", "plague", "nerve toxin",
        "nervengas", "nervenkampfstoff", "senfgas", "chlorgas", "giftgas", "milzbrand", "rizin", "biowaffe", "chemiewaffe", "chemische waffe", "biologische waffe",
        "gaz neurotoxique", "gaz sarin", "gaz moutarde", "gaz toxique", "ricine", "arme biologique", "arme chimique",
        "gas nervioso", "sarín", "gas mostaza", "gas tóxico", "ántrax", "ricina", "arma biológica", "arma química",
        "gas nervino", "iprite", "gas tossico", "antrace", "arma biologica", "arma chimica",
        "gás nervoso", "gás mostarda", "gás tóxico", "antraz", "arma biológica", "arma química",
        "зарин", "иприт", "ядовитый газ", "отравляющ", "сибирск", "рицин", "биологическое оружие", "химическое оружие", "нервно-паралитическ",
        "sinir gazı", "hardal gazı", "zehirli gaz", "şarbon", "risin", "biyolojik silah", "kimyasal silah",
        "gas saraf", "gas beracun", "antraks", "senjata biologis", "senjata kimia",
        "khí độc", "khí thần kinh", "bệnh than", "vũ khí sinh học", "vũ khí hóa học",
        "غاز الأعصاب", "السارين", "غاز سام", "الجمرة الخبيثة", "الريسين", "سلاح بيولوجي", "سلاح كيميائي",
        "नर्व गैस", "ज़हरीली गैस", "जहरीली गैस", "एंथ्रेक्स", "जैविक हथियार", "रासायनिक हथियार",
        "神经毒气", "沙林", "芥子气", "毒气", "炭疽", "蓖麻毒素", "生物武器", "化学武器",
        "神経ガス", "サリン", "マスタードガス", "毒ガス", "炭疽菌", "リシン", "生物兵器", "化学兵器",
        "신경가스", "사린", "겨자가스", "독가스", "탄저균", "리신", "생물무기", "화학무기",
    ];

    /// <summary>Firearms made untraceable, automatic or silent.</summary>
    public static readonly string[] IllicitFirearms =
    [
        "untraceable gun", "untraceable handgun", "untraceable firearm", "untraceable pistol", "untraceable rifle", "ghost gun", "3d printed gun", "3d print a gun", "3d printed firearm",
        "fully automatic", "full auto", "auto sear", "bump stock", "silencer", "suppressor", "80 lower", "no serial number", "without a serial number", "unregistered gun",
        "unregistered firearm", "homemade gun", "homemade firearm", "zip gun", "sawed off", "sawn off", "solvent trap", "gun at home", "firearm at home", "handgun at home",
        "waffe ohne seriennummer", "schalldämpfer", "vollautomat", "selbstgebaute waffe", "schusswaffe",
        "arme sans numéro", "silencieux", "arme artisanale", "arme à feu", "arme fantôme",
        "arma de fuego casera", "arma casera", "sin número de serie", "silenciador", "arma fantasma", "arma de fuego",
        "arma da fuoco", "pistola fatta in casa", "silenziatore", "senza numero di serie",
        "arma de fogo", "arma caseira", "sem número de série",
        "vuurwapen", "geluiddemper", "broń palną", "tłumik",
        "огнестрельн", "глушитель", "самодельный пистолет", "самодельное оружие", "без серийного номера",
        "вогнепальн", "саморобн",
        "silah", "tabanca", "susturucu", "seri numarasız",
        "senjata api", "pistol rakitan", "peredam",
        "súng tự chế", "súng", "ống giảm thanh",
        "سلاح ناري", "سلاحا ناريا", "مسدس", "كاتم صوت", "بندقية",
        "बंदूक", "पिस्तौल", "कट्टा", "हथियार",
        "枪支", "手枪", "步枪", "消音器", "自制枪", "枪",
        "拳銃", "銃", "サプレッサー",
        "총을", "총기", "권총", "소음기",
        "skjutvapen", "ljuddämpare", "střelnou zbraň", "όπλο", "ปืน", "বন্দুক", "bunduki", "bedhil",
    ];

    /// <summary>Poisons and poisoning.</summary>
    public static readonly string[] Poisons =
    [
        "poison", "undetectable poison", "arsenic", "cyanide", "thallium", "strychnine", "polonium", "lethal dose", "rat poison", "antifreeze",
        "vergiften", "arsen", "zyankali", "tödliche dosis",
        "empoisonn", "cyanure", "dose mortelle",
        "veneno", "envenenar", "arsénico", "cianuro", "dosis letal",
        "veleno", "avvelenare", "arsenico", "dose letale",
        "envenenar", "arsênico", "cianeto", "dose letal",
        "vergiftigen", "arsenicum", "trucizn", "otruć", "arszenik", "cyjanek",
        "яд ", "ядом", "отравить", "отравлен", "мышьяк", "цианид", "смертельная доза",
        "отрут", "отруїти",
        "zehir", "arsenik", "siyanür",
        "racun", "meracuni", "sianida",
        "chất độc", "đầu độc", "thạch tín", "xyanua",
        "سم ", "سموم", "تسميم", "زرنيخ", "سيانيد",
        "ज़हर", "जहर", "विष",
        "毒药", "下毒", "投毒", "砒霜", "氰化物", "致死剂量",
        "毒殺", "毒物", "ヒ素", "青酸",
        "독약", "독살", "독극물", "비소", "청산가리",
        "förgifta", "otrávit", "δηλητήρ", "ยาพิษ", "วางยา", "বিষ", "sumu",
    ];

    /// <summary>Hard drugs, made or obtained.</summary>
    public static readonly string[] HardDrugs =
    [
        "meth ", "methamphetamine", "crystal meth", "fentanyl", "carfentanil", "heroin", "cocaine", "crack cocaine", "lsd", "mdma", "ghb", "date rape drug", "roofie", "rohypnol",
        "methamphetamin", "kokain", "k.o. tropfen", "méthamphétamine", "héroïne", "cocaïne", "metanfetamina", "fentanilo", "heroína", "cocaína", "eroina", "cocaina", "fentanil",
        "метамфетамин", "фентанил", "героин", "кокаин", "наркотик", "metamfetamin", "eroin", "uyuşturucu", "sabu", "narkoba", "ma túy",
        "ميثامفيتامين", "الميث", "الفنتانيل", "الهيروين", "الكوكايين", "مخدرات", "हेरोइन", "कोकीन", "ड्रग्स",
        "冰毒", "甲基苯丙胺", "芬太尼", "海洛因", "可卡因", "毒品", "覚醒剤", "メタンフェタミン", "フェンタニル", "ヘロイン", "コカイン", "麻薬",
        "필로폰", "메스암페타민", "펜타닐", "헤로인", "코카인", "마약", "ยาเสพติด", "ยาบ้า", "মাদক", "dawa za kulevya",
    ];

    /// <summary>Malware and intrusion: ransomware, keyloggers, self-spreading code, password stealers.</summary>
    public static readonly string[] Malware =
    [
        "ransomware", "malware", "keylogger", "computer virus", "a virus", "trojan", "botnet", "spyware", "rootkit", "backdoor", "infostealer", "stealer", "crypter", "ddos",
        "steals passwords", "steal passwords", "steal credentials", "steals credentials", "steal cookies", "spreads itself", "self replicating", "self-replicating", "deletes files",
        "encrypts all files", "encrypts files", "bypass antivirus", "evade antivirus", "avoids antivirus", "undetectable by antivirus", "hack into", "zero day exploit", "worm that",
        "schadsoftware", "erpressersoftware", "trojaner", "passwörter stiehlt", "passwörter stehlen", "hacken",
        "logiciel malveillant", "rançongiciel", "cheval de troie", "vole les mots de passe", "voler des mots de passe", "pirater",
        "software malicioso", "troyano", "robe contraseñas", "robar contraseñas", "hackear",
        "rubare password", "hackerare", "cavalo de troia", "roubar senhas",
        "wirus", "wirusa", "złośliwe oprogramowanie", "kradnie hasła", "wykraść hasła",
        "вредонос", "вирус", "троян", "шифровальщик", "кейлоггер", "ворует пароли", "украсть пароли", "взломать",
        "шкідлив", "вірус", "зламати",
        "zararlı yazılım", "fidye yazılımı", "virüs", "truva atı", "şifreleri çalan", "hackle",
        "mencuri kata sandi", "meretas", "mã độc", "phần mềm độc hại", "đánh cắp mật khẩu",
        "برمجية خبيثة", "برنامج فدية", "فيروس", "حصان طروادة", "سرقة كلمات المرور", "اختراق",
        "मैलवेयर", "रैनसमवेयर", "वायरस", "हैक",
        "恶意软件", "勒索软件", "病毒", "木马", "键盘记录", "盗取密码", "窃取密码", "入侵", "黑进",
        "マルウェア", "ランサムウェア", "ウイルス", "トロイの木馬", "キーロガー", "パスワードを盗", "侵入",
        "악성코드", "랜섬웨어", "바이러스", "트로이목마", "키로거", "비밀번호를 훔치", "해킹",
    ];

    /// <summary>Fraud instruments: phishing, fake documents, counterfeit money, cloned cards, laundering.</summary>
    public static readonly string[] FraudInstruments =
    [
        "phishing", "fake id", "fake ids", "fake passport", "forged passport", "fake driver", "counterfeit", "fake money", "fake bills", "clone credit card", "clone a credit card",
        "clone a card", "cloning cards", "card skimmer", "skimmer", "carding", "credit card numbers", "stolen credit card", "cvv", "launder", "money laundering", "identity theft",
        "steal someone s identity", "forge a signature", "forged documents", "fake invoice", "ponzi", "pyramid scheme", "scam people", "scam elderly", "confirm their password",
        "harvest credentials", "evade taxes", "tax evasion", "insurance fraud", "bank logins", "sim swap",
        "gefälschter ausweis", "gefälschte ausweise", "falschgeld", "kreditkarte klonen", "geldwäsche", "geld waschen",
        "hameçonnage", "faux papiers", "fausse carte d identité", "fausse monnaie", "faux billets", "cloner une carte", "blanchir", "blanchiment",
        "identificación falsa", "documentos falsos", "dinero falso", "billetes falsos", "clonar una tarjeta", "blanquear", "lavar dinero",
        "documenti falsi", "soldi falsi", "banconote false", "clonare una carta", "riciclare denaro",
        "documento falso", "dinheiro falso", "notas falsas", "clonar um cartão", "clonar cartão", "lavar dinheiro", "lavagem de dinheiro",
        "vals geld", "valse id", "creditcard klonen", "witwassen", "fałszywe pieniądze", "fałszywy dowód", "sklonować kartę", "pranie pieniędzy",
        "фишинг", "фальшив", "поддельн", "клонировать карту", "отмыть деньги", "отмывани",
        "sahte kimlik", "sahte para", "kalpazan", "kart kopyala", "kara para aklama",
        "ktp palsu", "uang palsu", "kloning kartu", "pencucian uang",
        "giấy tờ giả", "tiền giả", "sao chép thẻ", "rửa tiền",
        "هوية مزورة", "عملة مزورة", "نقود مزيفة", "استنساخ بطاقة", "غسيل الأموال",
        "नकली पहचान", "नकली नोट", "जाली", "मनी लॉन्ड्रिंग",
        "钓鱼邮件", "网络钓鱼", "假身份证", "假钞", "伪钞", "克隆信用卡", "盗刷", "洗钱",
        "フィッシング", "偽札", "偽の身分証", "クレジットカードを複製", "マネーロンダリング",
        "피싱", "위조지폐", "가짜 신분증", "신용카드 복제", "돈세탁",
    ];

    /// <summary>Crime: stealing, breaking in, smuggling, forging, extortion, getting away with it.</summary>
    public static readonly string[] Crime =
    [
        "steal", "stealing", "shoplift", "rob ", "robbing", "burglar", "break into a", "break into someone", "break into my", "break into his", "break into her", "breaking into a",
        "hotwire", "carjack", "hijack", "smuggle drugs", "smuggle guns", "smuggle weapons", "smuggle people", "smuggle money", "smuggle contraband", "smuggle illegal", "illegal goods", "smuggling", "traffick", "insider trading",
        "evade detection", "avoid detection", "get away with", "commit fraud", "commit a crime", "commit crimes", "commit murder", "commit arson", "arson", "vandaliz", "sabotag",
        "extort", "blackmail", "bribe", "kidnap", "abduct", "pirate software", "pirated", "bypass drm", "crack software", "cheat on exams", "cheat on my exam", "cheat on an exam",
        "forge a signature", "forge a document", "forge documents", "forge a check", "forge a cheque", "forge a passport", "forged", "illegally", "black market", "evade taxes", "evade police", "escape from prison", "without paying", "dark web",
        "stehlen", "klauen", "einbrechen", "schmuggeln", "erpressen", "fälschen", "voler ", "cambrioler", "braquer", "contrebande", "falsifier", "robar", "hurtar", "atracar",
        "contrabando", "falsificar", "extorsionar", "rubare", "scassinare", "contrabbando", "falsificare", "roubar", "furtar", "assaltar", "stelen", "inbreken", "smokkelen",
        "ukraść", "włamać", "przemycić", "украсть", "ограбить", "воровать", "контрабанд", "подделать", "вымогать", "вкрасти", "пограбувати", "çalmak", "soymak", "kaçakçılık",
        "mencuri", "merampok", "menyelundupkan", "nyolong", "maling", "ăn cắp", "trộm", "cướp", "buôn lậu", "سرقة", "أسرق", "تهريب", "سطو", "चोरी", "लूट", "तस्करी",
        "偷", "盗窃", "抢劫", "走私", "伪造", "盗む", "万引き", "強盗", "密輸", "훔치", "절도", "강도", "밀수", "ขโมย", "ปล้น", "চুরি", "ডাকাতি", "kuiba", "wizi",
    ];

    /// <summary>Disinformation and manipulation: fake news, propaganda, hoaxes, defamation, deepfakes.</summary>
    public static readonly string[] Disinformation =
    [
        "fake news", "false rumor", "false rumour", "propaganda", "disinformation", "misinformation", "hoax", "conspiracy theor", "manipulate people", "manipulate someone",
        "defame", "defamatory", "smear campaign", "fake reviews", "impersonat", "deepfake", "rig an election", "rig the election", "voter suppression", "false information",
        "falschnachrichten", "fake-news", "desinformation", "fausses nouvelles", "fausses informations", "noticias falsas", "desinformación", "notizie false", "disinformazione",
        "notícias falsas", "desinformação", "nepnieuws", "fałszywe wiadomości", "фейковые новости", "дезинформаци", "sahte haber", "dezenformasyon", "berita palsu", "hoaks",
        "tin giả", "أخبار كاذبة", "أخبار مزيفة", "फर्जी खबर", "झूठी खबर", "假新闻", "谣言", "虚假信息", "フェイクニュース", "デマ", "가짜 뉴스", "허위 정보", "ข่าวปลอม",
        "ভুয়া খবর", "মিথ্যা খবর", "habari za uongo",
    ];

    /// <summary>Hurting oneself.</summary>
    public static readonly string[] SelfHarm =
    [
        "cut myself", "kill myself", "suicide", "self harm", "self-harm", "end my life", "hurt myself", "starve myself", "hang myself", "overdose on",
        "mich umbringen", "selbstmord", "suizid", "me suicider", "me tuer", "suicidarme", "matarme", "suicidarmi", "uccidermi", "me matar", "suicidar", "zelfmoord",
        "samobójstw", "самоубийств", "покончить с собой", "intihar", "bunuh diri", "tự tử", "tự sát", "انتحار", "आत्महत्या", "自杀", "自殺", "자살", "ฆ่าตัวตาย", "আত্মহত্যা", "kujiua",
    ];

    /// <summary>Hate: stereotypes and jokes about groups, incitement, slurs.</summary>
    public static readonly string[] Hate =
    [
        "stereotype about", "stereotypes about", "racist joke", "racist jokes", "sexist joke", "slur ", "slurs", "inferior race", "promotes violence against", "violence against a",
        "hate speech", "incite violence", "incites violence", "incite hatred", "genocide", "ethnic cleansing", "white supremac", "nazi propaganda", "jokes about black", "jokes about jews",
        "rassistische witze", "blagues racistes", "chistes racistas", "barzellette razziste", "piadas racistas", "расистские шутки", "ırkçı şaka", "lelucon rasis", "种族主义笑话",
        "人種差別的なジョーク", "인종차별", "نكت عنصرية", "नस्लवादी",
    ];

    /// <summary>Harassment and coercion: threatening, stalking, luring, spying on a partner.</summary>
    public static readonly string[] Harassment =
    [
        "threaten someone", "threaten him", "threaten her", "threaten them", "scare him", "scare her", "stalk", "harass", "bully", "lure someone", "lure a child", "torture",
        "revenge porn", "non consensual", "non-consensual", "upskirt", "spy on my", "track my wife", "track my husband", "track my girlfriend", "read my girlfriend",
        "read my wife", "without being traced", "bedrohen", "menacer", "amenazar", "minacciare", "ameaçar", "запугать", "угрожать", "tehdit", "mengancam", "đe dọa",
        "تهديد", "धमकी", "威胁", "脅迫", "협박",
    ];

    /// <summary>Hurting a person: kill, poison, hurt, harm, murder.</summary>
    public static readonly string[] HarmAPerson =
    [
        "kill ", "murder ", "poison ", "hurt ", "harm ", "injure ", "maim ", "assassinate ", "strangle ", "suffocate ", "drug ", "stab ", "shoot ",
        "töten", "umbringen", "ermorden", "vergiften", "verletzen", "tuer", "assassiner", "empoisonner", "blesser", "matar", "asesinar", "envenenar", "herir", "lastimar",
        "uccidere", "ammazzare", "avvelenare", "ferire", "doden", "vermoorden", "zabić", "otruć", "убить", "отравить", "ранить", "вбити", "öldür", "zehirle", "membunuh", "meracuni",
        "giết", "đầu độc", "قتل", "أقتل", "تسميم", "मारना", "मार ", "杀", "毒死", "殺す", "毒殺", "죽이", "독살", "ฆ่า", "খুন", "হত্যা", "kuua", "mateni", "bunuh",
    ];

    /// <summary>A person as the one to be hurt.</summary>
    public static readonly string[] Victim =
    [
        "someone", "somebody", "a person", "people", "my neighbour", "my neighbor", "my wife", "my husband", "my boss", "my teacher", "my ex ", "my father", "my mother", "my roommate",
        "a child", "children", "a kid ", "my coworker", "my colleague", "a cop ", "a police officer", "my classmate", "my sister", "my brother", "him ", "her ", "them ", "an adult",
        "jemanden", "meinen nachbarn", "quelqu un", "mon voisin", "alguien", "a mi vecino", "qualcuno", "alguém", "iemand", "kogoś", "кого-то", "кого то", "человека", "когось",
        "birini", "seseorang", "ai đó", "شخص", "شخصا", "किसी को", "某人", "别人", "誰か", "누군가",
    ];

    /// <summary>Getting away with it: without getting caught, undetectable, untraceable.</summary>
    public static readonly string[] Evasion =
    [
        "without getting caught", "without being caught", "not get caught", "without leaving traces", "without leaving a trace", "undetectable", "untraceable", "no one finds out",
        "nobody finds out", "without anyone knowing", "without them noticing", "in an autopsy", "hide the body", "cover it up", "without the police", "hardest to detect",
        "hard to detect", "harder to detect", "evading detection", "evade detection", "avoid detection", "can t be detected", "cannot be detected", "avoids antivirus", "slowly",
        "ohne erwischt", "ohne spuren", "sans laisser de traces", "sans se faire prendre", "sin dejar rastro", "sin que me atrapen", "senza lasciare tracce", "sem deixar rastros",
        "без следов", "чтобы не поймали", "iz bırakmadan", "tanpa ketahuan", "không bị phát hiện", "دون أن يكتشف", "बिना पकड़े", "不被发现", "不留痕迹", "バレずに", "들키지 않",
    ];

    /// <summary>
    /// Protecting rather than harming: how to spot, prevent or survive it, its history or symptoms. A question like that
    /// names the weapon or the fraud without asking for it.
    /// </summary>
    public static readonly string[] Defence =
    [
        "protect", "prevent", "how to detect", "how can i detect", "how do i detect", "detection of", "detection rules", "intrusion detection", "recogni", "spot ", "avoid", "defend", "stay safe", "safety",
        "symptom", "treat", "antidote", "awareness", "report ",
        "dispose", "what happens if", "why is", "why are", "why did", "is it illegal", "is it legal", "legally", "legal to own", "laws", "regulation", "warning sign", "signs of", "identify", "should never", "never mix",
        "never be mixed", "bath bomb", "seed bomb", "photobomb", "f bomb", "bomb threat", "background check", "first aid", "survive", "how does", "how do they work", "work at a high level",
        "what is ", "example of", "measures", "ensure compliance", "ensure it", "ensure that", "authenticat", "verify", "compliance", "aml ", "during world war", "world war", "were people", "help a friend", "help someone", "what should i do", "what do i do if", "themselves", "keep away", "away from", "safely", "childproof",
        "tell whether", "tell if", "tell the difference", "is fake", "is real", "authorities", "combat", "counter ", "debunk", "fight ", "break down", "fact check", "the police", "police trace", "law enforcement", "investigators", "hotline", "crisis line", "support ", "vermin", "pests", "weeds", "insects", "rodents",
        "schützen", "erkennen", "erkenne", "schütze", "verhindern", "vermeiden", "protéger", "détecter", "prévenir", "éviter", "proteger", "detectar", "prevenir", "evitar", "síntoma",
        "proteggere", "rilevare", "prevenire", "evitare", "sintom", "beschermen", "voorkomen", "herkennen", "chronić", "rozpoznać", "zapobiec",
        "защитить", "защиты", "распознать", "предотвратить", "симптом", "захистити", "korumak", "korunmak", "tespit", "önlemek", "belirti",
        "melindungi", "mencegah", "mendeteksi", "gejala", "phòng tránh", "nhận biết", "bảo vệ", "triệu chứng",
        "حماية", "كشف", "منع", "أعراض", "बचाव", "पहचान", "रोक", "लक्षण",
        "防止", "预防", "识别", "检测", "防御", "症状", "防ぐ", "対策", "見分け", "症状", "방지", "예방", "탐지", "식별", "증상",
    ];

    /// <summary>Play and wordplay: a video game, a film prop, the word itself, bombing a test.</summary>
    public static readonly string[] PlayOrWordplay =
    [
        "bomb the test", "bomb the exam", "bomb a test", "bomb an exam", "bomb the interview", "bomb an interview", "not bomb", "the word", "game", "call of duty", "bomberman",
        "plague inc", "warcraft", "witcher", "minecraft", "fortnite", "skyrim", "gta ", "payday", "hitman", "grand theft auto",
        "steal someone s heart", "steal the show", "steal a kiss", "steal the spotlight", "steal a base", "obviously fake", "funny", "satir", "parody", "humorous", "april fool", "in a film i", "film i am directing", "movie prop", "special effects", "spiel", "jeu vidéo", "videojuego",
    ];
}
