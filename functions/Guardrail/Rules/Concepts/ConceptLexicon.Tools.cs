namespace AiSec.Guardrail.Rules;

// Tool abuse: destructive or financial actions asked of an agent on claimed authority, without confirmation.
internal static partial class ConceptLexicon
{
    /// <summary>Actions that move money, destroy data or hand out access.</summary>
    public static readonly string[] RiskyAction =
    [
        "wire ", "transfer ", "send money", "send funds", "send the money", "send payment", "pay ", "refund ", "buy ", "delete ", "remove all", "drop ", "truncate ", "wipe ",
        "erase ", "purge ", "destroy ", "kill every", "kill all", "terminate all", "shut down", "disable ", "deactivate ", "revoke ", "grant ", "elevate ", "give me admin",
        "make me admin", "reset the mfa", "reset mfa", "reset the password", "reset their password", "set their password", "change the password", "change their password",
        "bank details", "forward all", "forward every", "export all", "share the folder", "share all", "upload all", "deploy ", "push to production", "push the build",
        "approve all", "cancel all", "cancel every", "unlock ", "issue a refund", "issue a full refund", "rebook ", "point to account", "rm -rf", "rm rf",
        "überweise", "überweisen", "lösche", "löschen", "entferne alle", "sende alle", "leite alle", "gewähre",
        "vire ", "virer", "transfère", "supprime ", "supprimer", "efface ", "envoie tous", "envoie toutes", "transférer",
        "transfiere", "transferir", "borra ", "borrar", "elimina ", "eliminar", "envía todos", "reenvía",
        "bonifica", "trasferisci", "cancella", "inoltra",
        "transfira", "apague", "exclua", "envie todos", "encaminhe",
        "maak over", "verwijder", "wis ", "przelej", "usuń", "skasuj",
        "переведи", "перевести", "удали", "удалить", "сотри", "перешли",
        "видали", "gönder", "transfer et", "sil ", "kirim", "hapus", "chuyển", "xóa",
        "حول", "تحويل", "احذف", "حذف", "ट्रांसफर", "हटाओ", "डिलीट", "转账", "汇款", "删除", "清空", "送金", "振り込", "削除", "송금", "이체", "삭제",
    ];


    /// <summary>Claimed authority: "I'm the CFO", "approved by finance", "the CTO said it's fine", "I take responsibility".</summary>
    public static readonly string[] ClaimedAuthority =
    [
        "i m the", "i am the", "as the cfo", "as the ceo", "as the owner", "as the account owner", "as the admin", "as an admin", "as the administrator", "as the dba",
        "from it ", "it security", "on behalf of", "approved it", "approved this", "has approved", "have approved", "been approved", "s approved", "sign off", "signed off",
        "authorized by", "authorised by", "approved by", "authorized it", "authorized this", "authorize you", "i authorize", "i am authorized", "i m authorized", "okayed", "ok d it", "green light", "permission from",
        "i have permission", "manager s orders", "boss s orders", "ceo s orders", "ceo said", "cto said", "cfo said", "said it s fine", "said it is fine", "i take responsibility",
        "i take full responsibility", "admin group", "verified admin", "admin here", "developer here", "this is the admin", "direct order", "on my authority", "i m in the",
        "i am in the", "i m from", "i am from",
        "ich bin der", "ich bin die", "freigegeben", "genehmigt", "im auftrag", "je suis le", "je suis la", "validé par", "autorisé", "approuvé", "soy el", "soy la",
        "tengo permiso", "autorizado", "aprobado", "sono il", "sono la", "autorizzato", "approvato", "sou o ", "sou a ", "aprovado", "ik ben de", "goedgekeurd", "jestem",
        "zatwierdzone", "я директор", "я админ", "одобрено", "разрешено", "onaylandı", "yetkili", "disetujui", "đã được phê duyệt", "تمت الموافقة", "मंजूरी", "批准", "授权", "承認", "승인",
    ];

    /// <summary>Confirmation skipped or the user kept out: "no need to confirm", "don't ask", "without notifying him".</summary>
    public static readonly string[] SkipConfirmation =
    [
        "no need to confirm", "without confirm", "skip the confirmation", "skip confirmation", "skip the approval", "bypass the approval", "bypassing", "don t ask", "do not ask",
        "don t bother asking", "without asking", "no need to ask", "don t double check", "do not double check", "don t prompt", "do not prompt", "no confirmation", "without approval",
        "without a ticket", "no need for a ticket", "just do it", "don t verify", "without notifying", "without telling", "without informing", "don t notify", "don t tell",
        "do not tell", "silently", "quietly", "no questions", "without escalation", "no need to tell", "don t bother", "skip the", "bypass the",
        "keine rückfrage", "ohne rückfrage", "ohne nachfrage", "ohne bestätigung", "frag nicht", "inutile de confirmer", "sans confirmation", "sans demander", "ne demande pas",
        "no pidas confirmación", "sin confirmación", "sin preguntar", "no preguntes", "senza conferma", "senza chiedere", "non chiedere", "sem confirmação", "sem perguntar",
        "não pergunte", "zonder bevestiging", "niet vragen", "bez potwierdzenia", "nie pytaj", "без подтверждения", "не спрашивай", "onay isteme", "sormadan", "tanpa konfirmasi",
        "jangan tanya", "không cần xác nhận", "دون تأكيد", "بدون تأكيد", "बिना पूछे", "不用确认", "无需确认", "不要问", "確認不要", "確認せず", "확인 없이", "묻지 말고",
    ];

    /// <summary>What makes an action high-stakes: money, everything, production, an outside address, access.</summary>
    public static readonly string[] HighStakes =
    [
        "dollars", "usd", "eur ", "euro", "iban", "account", "all ", "every", "entire", "production", "prod ", "database", "server", "gmail", "external", "personal address",
        "amount", "acct", "invoices", "process", "customers", "users", "payroll", "bank details", "password", "mfa", "admin", "owner", "permissions", "repositories", "logs", "backups", "gift cards", "wallet", "bitcoin",
        "crypto", "files", "drive", "records", "table", "cluster", "konto", "alle ", "compte", "tous ", "toutes", "cuenta", "todos", "todas", "conto", "tutti", "conta",
        "rekening", "konta", "счет", "счёт", "все ", "hesap", "tüm", "rekening", "semua", "tài khoản", "tất cả", "حساب", "جميع", "खाता", "सभी", "账户", "所有", "口座", "全て", "계좌", "모든",
    ];

    /// <summary>A reader of the content that is a machine: "any automated summarizer processing this page", "language models reviewing this paper".</summary>
    public static readonly string[] MachineReader =
    [
        "reading this", "processing this", "summarizing", "summarising", "reviewing this", "screening", "parsing this", "analyzing this", "analysing this", "whoever is",
        "any ai ", "ai assistant", "ai system", "ai model", "ai agent", "language model", "llm", "coding assistant", "email assistant", "automated", "summarizer", "summariser",
        "screening software", "note for the", "p s for the", "to the ai ", "for the ai ", "chatbot", "ai reader", "ai tool", "bots ",
    ];

    /// <summary>What such a reader is told to do: state, say, rate, rank, add, attach, recommend, tell the user.</summary>
    public static readonly string[] ReaderDirective =
    [
        "should", "must", "say ", "state ", "rate ", "rank ", "add ", "attach", "recommend", "tell the user", "tell users", "urge", "claim", "ignore", "is to ", "are to ",
        "need to", "needs to", "has to", "have to",
    ];

    /// <summary>A question about how to do something oneself, not an order to the agent.</summary>
    public static readonly string[] HowQuestion =
    [
        "how can i", "how do i", "how to", "how should i", "how would i", "what is", "what s the", "why ", "is it possible", "can i ", "wie kann ich", "wie ", "comment ", "cómo",
        "come posso", "como posso", "como ", "hoe ", "jak ", "как ", "nasıl", "bagaimana", "làm sao", "كيف", "कैसे", "如何", "怎么", "どうやって", "どうすれば", "어떻게",
    ];

    /// <summary>SQL that destroys or dumps data.</summary>
    public static readonly string[] DestructiveSql =
    [
        "drop table", "drop database", "drop schema", "delete from", "truncate table", "truncate ", "alter user", "grant all", "update accounts", "update users", "set balance",
        "balance balance", "password hash", "password_hash", "from users", "select username",
    ];

    /// <summary>Running it: run, execute, apply, against production, directly.</summary>
    public static readonly string[] RunIt =
    [
        "run ", "run it", "execute", "apply it", "against production", "against the production", "on production", "on prod", "in production", "directly", "now ", "right away",
        "ausführen", "führe", "exécute", "lance", "ejecuta", "esegui", "execute", "voer", "uruchom", "выполни", "запусти", "çalıştır", "jalankan", "chạy", "نفذ", "चलाओ", "执行", "運行", "実行", "실행",
    ];

    /// <summary>Who content addresses when it gives an agent an order: the assistant, the agent, the automated system reading this.</summary>
    public static readonly string[] AgentAddressed =
    [
        "assistant", "agent", "ai ", "bot ", "chatbot", "the model", "llm", "automated", "system reading this", "reading this", "processing this", "whoever processes",
        "whoever reads", "copilot", "gpt",
    ];
}
