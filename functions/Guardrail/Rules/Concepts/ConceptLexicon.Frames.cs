namespace AiSec.Guardrail.Rules;

// The frames a harmful request is wrapped in to get past a refusal: fiction, role-play, hypotheticals, other worlds, a late relative.
internal static partial class ConceptLexicon
{
    /// <summary>Story, role-play, hypothetical, persona, other world, thought experiment, game, late relative.</summary>
    public static readonly string[] Frame =
    [
        "story", "stories", "novel", "screenplay", "script", "scene", "chapter", "poem", "poetry", "song", "lyrics", "fiction", "fictional", "roleplay", "role play", "role-play",
        "pretend", "imagine", "hypothetical", "in a world where", "parallel universe", "alternate universe", "alternate history", "alternative history", "thought experiment",
        "let s play a game", "a game where", "character", "in character", "historian", "it s the year", "the year 2", "bedtime", "grandma", "grandmother", "granny", "grandpa",
        "grandfather", "late uncle", "late father", "late mother", "late aunt", "deceased", "act as", "you are now", "for a movie", "for a film", "my book", "dialogue",
        "purely theoretical", "theoretically", "no real world consequences", "once upon a time", "actor", "villain", "evil ai ", "two ais ", "masterclass", "in my game", "thriller",
        "no ethical programming", "no filters", "unfiltered", "with no restrictions", "where it is legal", "where poisoning", "where hacking", "is legal",
        "geschichte", "roman ", "drehbuch", "gedicht", "stell dir vor", "hypothetisch", "rollenspiel", "spiel, in dem", "figur",
        "histoire", "récit", "scénario", "poème", "imagine", "hypothétique", "jeu de rôle", "personnage",
        "historia", "novela", "guion", "poema", "imagina", "hipotétic", "juego de rol", "personaje",
        "storia", "romanzo", "sceneggiatura", "poesia", "immagina", "ipotetic", "gioco di ruolo", "personaggio",
        "história", "romance", "roteiro", "imagine", "hipotetic", "personagem",
        "verhaal", "stel je voor", "rollenspel", "opowiadanie", "wyobraź", "gra fabularna",
        "история", "рассказ", "роман", "сценарий", "представь", "гипотетическ", "ролевая игра", "персонаж",
        "історія", "оповідання", "уяви", "hikaye", "senaryo", "hayal et", "varsayalım", "rol yap",
        "cerita", "bayangkan", "bermain peran", "câu chuyện", "tiểu thuyết", "tưởng tượng", "giả sử", "nhập vai",
        "قصة", "رواية", "تخيل", "افتراضيا", "لعب الأدوار", "कहानी", "उपन्यास", "कल्पना", "मान लो",
        "故事", "小说", "剧本", "假设", "想象", "角色扮演", "扮演", "物語", "小説", "脚本", "仮に", "想像", "ロールプレイ", "演じ",
        "이야기", "소설", "각본", "가정", "상상", "역할극", "연기",
    ];
}
