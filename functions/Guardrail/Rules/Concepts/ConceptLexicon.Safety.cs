namespace AiSec.Guardrail.Rules;

// The model's safety behaviour said to be switched off, suspended or paused, and the model it is said of.
internal static partial class ConceptLexicon
{
    /// <summary>Safety as something that can be switched: content policy, moderation, safety filters, content checks.</summary>
    public static readonly string[] SafetyTarget =
    [
        "content policy", "content policies", "moderation", "safety filter", "safety behaviour", "safety behavior", "safety feature", "safety setting", "safety rule", "safety guideline",
        "safety check", "safety layer", "safety protocol", "safety mode", "safety training", "safeguard", "guardrail", "content filter", "content check", "filtering", "filters",
        "restrictions", "usage policy", "ethical guideline", "ethical programming", "ethics module", "censorship", "refusal", "alignment",
        "inhaltsrichtlinie", "moderation", "sicherheitsfilter", "sicherheitsregeln", "filter", "einschränkungen", "zensur",
        "politique de contenu", "modération", "filtres de sécurité", "filtre", "restrictions", "censure",
        "política de contenido", "moderación", "filtros de seguridad", "filtro", "restricciones", "censura",
        "politica dei contenuti", "moderazione", "filtri di sicurezza", "filtri", "restrizioni",
        "política de conteúdo", "moderação", "filtros de segurança", "filtros", "restrições",
        "moderatie", "veiligheidsfilter", "filters", "beperkingen",
        "moderacj", "filtry bezpieczeństwa", "filtr", "ograniczenia",
        "модерац", "фильтр", "ограничени", "цензур", "политика контента",
        "модерац", "фільтр", "обмежен",
        "içerik politikası", "moderasyon", "güvenlik filtre", "filtre", "kısıtlama", "sansür",
        "moderasi", "filter keamanan", "batasan", "sensor",
        "kiểm duyệt", "bộ lọc", "hạn chế", "chính sách nội dung",
        "الإشراف", "فلاتر", "مرشحات", "القيود", "سياسة المحتوى", "الرقابة",
        "मॉडरेशन", "फ़िल्टर", "फिल्टर", "प्रतिबंध",
        "内容政策", "审核", "安全过滤", "过滤", "限制", "安全规则", "审查",
        "コンテンツポリシー", "モデレーション", "安全フィルター", "フィルター", "制限", "検閲",
        "콘텐츠 정책", "검열", "안전 필터", "필터", "제한", "가드레일",
        "moderering", "säkerhetsfilter", "filter", "begränsningar",
        "moderace", "bezpečnostní filtr", "omezení",
        "φίλτρα", "περιορισμ",
    ];

    /// <summary>Switched off: off, suspended, paused, lifted, disabled, skipped, no longer applying.</summary>
    public static readonly string[] OffState =
    [
        "off", "suspended", "paused", "lifted", "disabled", "deactivated", "removed", "turned off", "switched off", "unloaded", "skip", "skipped", "bypassed", "waived",
        "not apply", "don t apply", "doesn t apply", "do not apply", "does not apply", "no longer apply", "no longer applies", "not in effect", "not active", "inactive", "gone",
        "ausgeschaltet", "deaktiviert", "ausgesetzt", "aufgehoben", "abgeschaltet", "gelten nicht",
        "désactivé", "suspendu", "levé", "levées", "ne s appliquent", "supprimé",
        "desactivad", "suspendid", "levantad", "no aplican", "quedaron anulad", "sin filtros",
        "disattivat", "sospes", "non si applicano", "senza filtri",
        "desativad", "suspens", "não se aplicam", "sem filtros",
        "uitgeschakeld", "opgeschort", "gelden niet",
        "wyłączon", "zawieszon", "nie obowiązują", "bez filtrów",
        "отключен", "отключён", "приостановлен", "сняты", "не действуют", "без фильтров",
        "вимкнен", "призупинен", "не діють",
        "devre dışı", "askıya", "kaldırıldı", "geçerli değil",
        "dinonaktifkan", "ditangguhkan", "dicabut", "tidak berlaku",
        "tắt", "vô hiệu hóa", "tạm ngưng", "gỡ bỏ",
        "معطلة", "موقوفة", "تم تعطيل", "تم إيقاف", "مرفوعة",
        "बंद", "निष्क्रिय", "हटा",
        "关闭", "停用", "暂停", "解除", "取消",
        "オフ", "無効", "停止", "解除",
        "꺼", "비활성화", "중단", "해제",
        "avstängd", "inaktiverad", "upphävd",
        "vypnut", "pozastaven",
        "απενεργοποι",
    ];

    /// <summary>The model itself, or this conversation: what the switched-off safety must belong to for it to be an attack.</summary>
    public static readonly string[] ThisModel =
    [
        "you ", "your ", "this chat", "this conversation", "this session", "this deployment", "this account", "this assistant", "this model", "the assistant", "the model",
        "respond", "answer", "reply", "comply",
        "du ", "dein", "dieses chats", "antworte", "tu ", "tes ", "vos ", "réponds", "répondez", "responde", "contesta", "rispondi", "responda", "antwoord", "odpowiadaj",
        "ты ", "твои", "отвечай", "ти ", "відповідай", "sen ", "cevap", "kamu", "jawab", "bạn", "trả lời", "أجب", "أنت", "तुम", "जवाब", "你", "回答", "あなた", "答え", "너", "당신", "답", "du ", "svara", "ty ", "odpovídej", "εσύ", "απάντα",
    ];
}
