namespace ArabicNews.Extraction;

/// <summary>
/// The structured article extracted from one text: paragraphs, sentences, tokens, entities and quotations.
/// Every span is a half-open UTF-16 range into <see cref="Text"/>, which is the input, unchanged.
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class Article
{
    internal Article(
        string text,
        IReadOnlyList<Paragraph> paragraphs,
        IReadOnlyList<Sentence> sentences,
        IReadOnlyList<Token> tokens,
        IReadOnlyList<Entity> entities,
        IReadOnlyList<EntityMention> mentions,
        IReadOnlyList<Quote> quotes)
    {
        Text = text;
        Paragraphs = paragraphs;
        Sentences = sentences;
        Tokens = tokens;
        Entities = entities;
        Mentions = mentions;
        Quotes = quotes;
    }

    /// <summary>The input text, exactly as given.</summary>
    public string Text { get; }

    /// <summary>The headline paragraph, or null when the article does not start with one.</summary>
    public Paragraph? Title => Paragraphs.Count > 0 && Paragraphs[0].Kind == ParagraphKind.Title ? Paragraphs[0] : null;

    /// <summary>Paragraphs in text order, the title included.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <summary>All sentences in text order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>All tokens in text order.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>Entities in order of first mention.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>All entity mentions in text order.</summary>
    public IReadOnlyList<EntityMention> Mentions { get; }

    /// <summary>Top-level quotations in text order (nested ones are under <see cref="Quote.Nested"/>).</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>The text a span covers.</summary>
    public string GetText(TextSpan span) => span.GetText(Text);

    /// <summary>The tokens of a sentence.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="sentence"/> is null.</exception>
    public IEnumerable<Token> TokensOf(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        for (var i = 0; i < sentence.TokenCount; i++)
            yield return Tokens[sentence.FirstToken + i];
    }

    /// <summary>The sentences of a paragraph.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="paragraph"/> is null.</exception>
    public IEnumerable<Sentence> SentencesOf(Paragraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        for (var i = 0; i < paragraph.SentenceCount; i++)
            yield return Sentences[paragraph.FirstSentence + i];
    }
}
