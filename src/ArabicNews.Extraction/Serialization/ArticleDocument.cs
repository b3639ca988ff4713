using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArabicNews.Extraction.Serialization;

/// <summary>
/// The article JSON contract (<c>shared/spec/article-json.md</c>) as plain records: what <see cref="ArticleJson"/>
/// writes and reads. Every <c>start</c>/<c>end</c> is a UTF-16 range of the original text; <c>text</c> is that range.
/// </summary>
/// <param name="SchemaVersion">The version of this contract; bumped only on incompatible changes.</param>
/// <param name="Title">The headline, or null.</param>
/// <param name="Paragraphs">Paragraphs with their sentences.</param>
/// <param name="Entities">Entities with their mentions.</param>
/// <param name="Quotes">Top-level quotations.</param>
public sealed record ArticleDocument(
    int SchemaVersion,
    SpanDocument? Title,
    IReadOnlyList<ParagraphDocument> Paragraphs,
    IReadOnlyList<EntityDocument> Entities,
    IReadOnlyList<QuoteDocument> Quotes)
{
    /// <summary>The caller's identifier of the article (the <c>id</c> of a JSON Lines input), when there is one.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyOrder(-1)]
    public JsonElement? Id { get; init; }

    /// <summary>The tokens, when asked for (they are not part of the default output).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<TokenDocument>? Tokens { get; init; }
}

/// <summary>A range of the original text and the text it covers.</summary>
/// <param name="Start">First UTF-16 code unit.</param>
/// <param name="End">One past the last code unit.</param>
/// <param name="Text">The original text of the range.</param>
public sealed record SpanDocument(int Start, int End, string Text);

/// <summary>A paragraph.</summary>
/// <param name="Start">First code unit.</param>
/// <param name="End">One past the last code unit.</param>
/// <param name="Kind"><c>heading</c> or <c>body</c> (the title is a heading with <paramref name="IsTitle"/> set).</param>
/// <param name="IsTitle">True for the article's headline.</param>
/// <param name="Sentences">The paragraph's sentences.</param>
public sealed record ParagraphDocument(int Start, int End, string Kind, bool IsTitle, IReadOnlyList<SpanDocument> Sentences);

/// <summary>An entity and its mentions.</summary>
/// <param name="Id">Identifier within the article (<c>E1</c>, ...).</param>
/// <param name="Type"><c>PERSON</c>, <c>ORGANIZATION</c>, <c>LOCATION</c> or <c>MISC</c>.</param>
/// <param name="Name">Canonical Arabic name.</param>
/// <param name="LatinName">Latin-script name when known, else null.</param>
/// <param name="Mentions">The mentions, in text order.</param>
public sealed record EntityDocument(string Id, string Type, string Name, string? LatinName, IReadOnlyList<MentionDocument> Mentions);

/// <summary>One mention of an entity.</summary>
/// <param name="Start">First code unit.</param>
/// <param name="End">One past the last code unit.</param>
/// <param name="Text">The mention's text.</param>
/// <param name="Confidence">The recognizer's confidence, 0 to 1.</param>
/// <param name="Source"><c>model</c>, <c>gazetteer</c> or <c>model+gazetteer</c>.</param>
public sealed record MentionDocument(int Start, int End, string Text, double Confidence, string Source);

/// <summary>A quotation.</summary>
/// <param name="Kind"><c>direct</c> or <c>indirect</c>.</param>
/// <param name="Start">First code unit of the content.</param>
/// <param name="End">One past the content's last code unit.</param>
/// <param name="Text">The content.</param>
/// <param name="Cue">The speech verb, or null.</param>
/// <param name="Speaker">The speaker, or null.</param>
/// <param name="Confidence">The finder's confidence, 0 to 1.</param>
/// <param name="OpeningMark">The opening quotation mark, or null.</param>
/// <param name="ClosingMark">The closing quotation mark, or null.</param>
/// <param name="Nested">Quotations inside this one.</param>
public sealed record QuoteDocument(
    string Kind,
    int Start,
    int End,
    string Text,
    SpanDocument? Cue,
    SpeakerDocument? Speaker,
    double Confidence,
    SpanDocument? OpeningMark,
    SpanDocument? ClosingMark,
    IReadOnlyList<QuoteDocument> Nested);

/// <summary>Who said a quotation.</summary>
/// <param name="EntityId">The speaker's entity id, or null when the speaker is not a named entity.</param>
/// <param name="Start">First code unit of the words naming the speaker.</param>
/// <param name="End">One past their last code unit.</param>
/// <param name="Text">Those words.</param>
/// <param name="Rule">The rule that resolved the speaker (<c>explicit</c>, <c>headline</c>, <c>carried</c>, <c>nominal</c>, <c>document</c>, <c>unnamedSource</c>).</param>
/// <param name="Confidence">The rule's confidence, 0 to 1.</param>
public sealed record SpeakerDocument(string? EntityId, int Start, int End, string Text, string Rule, double Confidence);

/// <summary>A token, with its clitic parts.</summary>
/// <param name="Start">First code unit.</param>
/// <param name="End">One past the last code unit.</param>
/// <param name="Text">The surface text.</param>
/// <param name="Kind">The token kind, camelCase (<c>arabicWord</c>, <c>number</c>, ...).</param>
/// <param name="Normalized">The matching-normalized form.</param>
/// <param name="Stem">The light stem.</param>
/// <param name="Proclitics">The normalized proclitics, or empty.</param>
/// <param name="BaseStart">Where the base (after proclitics and article) starts.</param>
/// <param name="BaseEnd">Where the base ends (before the enclitic).</param>
public sealed record TokenDocument(
    int Start,
    int End,
    string Text,
    string Kind,
    string Normalized,
    string Stem,
    string Proclitics,
    int BaseStart,
    int BaseEnd);

/// <summary>Source-generated serialization metadata for the contract records.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ArticleDocument))]
internal sealed partial class ArticleJsonContext : JsonSerializerContext;
