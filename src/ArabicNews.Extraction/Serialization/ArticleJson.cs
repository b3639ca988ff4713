using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ArabicNews.Extraction.Serialization;

/// <summary>
/// Writes articles in the article JSON contract and reads them back. Arabic is written as-is, not \u-escaped.
/// A lone surrogate in the input (invalid UTF-16, which UTF-8 JSON cannot carry) is written as U+FFFD, so every
/// <c>text</c> keeps the length of its range and the JSON stays valid.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ArticleJson
{
    /// <summary>The contract version written in <c>schemaVersion</c>.</summary>
    public const int SchemaVersion = 1;

    private static readonly JsonSerializerOptions Compact = CreateOptions(indented: false);
    private static readonly JsonSerializerOptions Indented = CreateOptions(indented: true);

    /// <summary>The contract records of <paramref name="article"/>.</summary>
    /// <param name="article">The article.</param>
    /// <param name="includeTokens">Also list every token with its clitic parts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public static ArticleDocument ToDocument(Article article, bool includeTokens = false)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Text;
        var paragraphs = new ParagraphDocument[article.Paragraphs.Count];
        for (var p = 0; p < paragraphs.Length; p++)
        {
            var paragraph = article.Paragraphs[p];
            var sentences = new SpanDocument[paragraph.SentenceCount];
            for (var s = 0; s < sentences.Length; s++)
                sentences[s] = Span(article.Sentences[paragraph.FirstSentence + s].Span, text);
            paragraphs[p] = new ParagraphDocument(
                paragraph.Span.Start,
                paragraph.Span.End,
                paragraph.Kind == ParagraphKind.Body ? "body" : "heading",
                paragraph.Kind == ParagraphKind.Title,
                sentences);
        }

        var entities = article.Entities.Select(e => new EntityDocument(
            e.Id,
            TypeName(e.Type),
            Valid(e.Name),
            e.LatinName,
            [.. e.Mentions.Select(m => new MentionDocument(m.Span.Start, m.Span.End, Text(m.Span, text), Round(m.Confidence), SourceName(m.Source)))])).ToArray();

        return new ArticleDocument(
            SchemaVersion,
            article.Title is { } title ? Span(title.Span, text) : null,
            paragraphs,
            entities,
            [.. article.Quotes.Select(q => Quote(q, text))])
        {
            Tokens = includeTokens ? [.. article.Tokens.Select(t => Token(t, text))] : null,
        };
    }

    /// <summary>Serializes <paramref name="article"/> to a JSON string.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public static string Serialize(Article article, bool indented = false, bool includeTokens = false) =>
        Serialize(ToDocument(article, includeTokens), indented);

    /// <summary>Serializes a contract record to a JSON string.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string Serialize(ArticleDocument document, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        return JsonSerializer.Serialize(document, TypeInfo(indented));
    }

    /// <summary>Writes a contract record as UTF-8 JSON to <paramref name="stream"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Serialize(Stream stream, ArticleDocument document, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(document);
        JsonSerializer.Serialize(stream, document, TypeInfo(indented));
    }

    /// <summary>Reads a contract record from JSON.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is not an article.</exception>
    public static ArticleDocument Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, TypeInfo(indented: false))
            ?? throw new JsonException("The JSON is 'null', not an article object.");
    }

    private static JsonTypeInfo<ArticleDocument> TypeInfo(bool indented) =>
        (JsonTypeInfo<ArticleDocument>)Options(indented).GetTypeInfo(typeof(ArticleDocument));

    private static JsonSerializerOptions Options(bool indented) => indented ? Indented : Compact;

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions(ArticleJsonContext.Default.Options)
        {
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly(populateMissingResolver: false);
        return options;
    }

    private static QuoteDocument Quote(Quote quote, string text) => new(
        quote.Kind == QuoteKind.Direct ? "direct" : "indirect",
        quote.Content.Start,
        quote.Content.End,
        Text(quote.Content, text),
        quote.Cue is { } cue ? Span(cue, text) : null,
        quote.Speaker is { } speaker
            ? new SpeakerDocument(speaker.EntityId, speaker.Span.Start, speaker.Span.End, Text(speaker.Span, text), RuleName(speaker.Rule), Round(speaker.Confidence))
            : null,
        Round(quote.Confidence),
        quote.OpeningMark is { } open ? Span(open, text) : null,
        quote.ClosingMark is { } close ? Span(close, text) : null,
        [.. quote.Nested.Select(q => Quote(q, text))]);

    private static TokenDocument Token(Token token, string text) => new(
        token.Span.Start,
        token.Span.End,
        Text(token.Span, text),
        JsonNamingPolicy.CamelCase.ConvertName(token.Kind.ToString()),
        Valid(token.Normalized),
        Valid(token.Stem),
        token.Proclitics,
        token.Base.Start,
        token.Base.End);

    private static SpanDocument Span(TextSpan span, string text) => new(span.Start, span.End, Text(span, text));

    private static string Text(TextSpan span, string text) => Valid(span.GetText(text));

    // JSON text is UTF-8, which cannot carry a lone surrogate. System.Text.Json would write one as an escaped U+FFFD and
    // read it back as a real one, so a second serialization would differ from the first; replacing it here keeps every
    // text the same length as its range and the round trip exact.
    private static string Valid(string value)
    {
        var first = value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0)
            return value;
        return string.Create(value.Length, (value, first), static (chars, state) =>
        {
            var (source, from) = state;
            source.AsSpan().CopyTo(chars);
            for (var i = from; i < chars.Length; i++)
            {
                if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
                    i++;
                else if (char.IsSurrogate(chars[i]))
                    chars[i] = '\uFFFD';
            }
        });
    }

    private static double Round(double value) => Math.Round(value, 3);

    private static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Organization => "ORGANIZATION",
        EntityType.Location => "LOCATION",
        _ => "MISC",
    };

    private static string SourceName(MentionSource source) => source switch
    {
        MentionSource.Model => "model",
        MentionSource.Gazetteer => "gazetteer",
        _ => "model+gazetteer",
    };

    private static string RuleName(AttributionRule rule) => JsonNamingPolicy.CamelCase.ConvertName(rule.ToString());
}
