namespace ArabicNews.Extraction.Lucene;

/// <summary>
/// Which form of each token <see cref="ArabicNewsAnalyzer"/> indexes. Every form is matching-normalized (alef, ى and ة
/// folded, diacritics and tatweel removed, digits as 0-9, Latin in lower case); they differ in what they take off an
/// Arabic word. Latin words, numbers and addresses are indexed as their normalized form whatever the choice.
/// </summary>
public enum ArabicNewsTermForm
{
    /// <summary>
    /// The default, for recall: the word without proclitics, article and pronoun enclitic (<see cref="Base"/>), then
    /// light-stemmed for suffixes by Lucene's <c>ArabicStemmer</c> (ات ون ين ان ية ه ة ي ...): <c>وبالقاهرة</c> and
    /// <c>القاهرة</c> → <c>قاهر</c>; <c>والوزارات</c> → <c>وزار</c>. Unlike Lucene's <c>ArabicAnalyzer</c>, the prefixes
    /// come off by this library's clitic analysis, so <c>وزير</c> and <c>بوتين</c> keep their first letter and
    /// <c>وبالقاهرة</c> loses both و and ب. The suffixes come off names too (<c>بوتين</c>, <c>لبوتين</c> → <c>بوت</c>);
    /// <see cref="Base"/> keeps them.
    /// </summary>
    Stem,

    /// <summary>The word without proclitics, article and pronoun enclitic (<see cref="TokenInfo.BaseNormalized"/>): <c>وبالقاهرة</c> → <c>قاهره</c>.</summary>
    Base,

    /// <summary>The word without its proclitics, article and endings kept: <c>وبالقاهرة</c> → <c>القاهره</c>.</summary>
    WithoutProclitics,

    /// <summary>The whole token (<see cref="TokenInfo.Normalized"/>): <c>وبالقاهرة</c> → <c>وبالقاهره</c>.</summary>
    Normalized,
}
