using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace ArabicNews.Extraction.Tests.Reliability;

/// <summary>
/// The output contract of <see cref="ArticleExtractor.Extract"/>, checked on an article and on its JSON: every span,
/// wherever it sits in the object graph, lies inside the input on UTF-16 boundaries that do not split a surrogate pair,
/// and the structure (paragraphs ⊇ sentences ⊇ tokens ⊇ clitic parts, quote marks around content) is consistent.
/// </summary>
/// <remarks>
/// Spans are found by reflection over the public model, so a stage that adds spans (new properties, new types in
/// the <c>ArabicNews.Extraction</c> assembly) is covered without touching this checker. Shared by the tests and the fuzzer.
/// </remarks>
public static class ArticleContract
{
    private static readonly Assembly ModelAssembly = typeof(Article).Assembly;
    private static readonly ConcurrentDictionary<Type, (string Name, Func<object, object?> Get)[]> Getters = new();

    /// <summary>Throws <see cref="InvalidOperationException"/> naming the first violation in <paramref name="article"/>.</summary>
    public static void Check(Article article, string input)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(input);
        if (!ReferenceEquals(article.Text, input) && article.Text != input)
            Fail("Article.Text", "is not the input");
        var spans = 0;
        Walk(article, "article", input, new HashSet<object>(ReferenceEqualityComparer.Instance), ref spans);
        CheckStructure(article);
    }

    /// <summary>Throws when <paramref name="json"/> is not valid JSON or a range in it is not its input's text.</summary>
    public static void CheckJson(string json, string input)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(input);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"The article JSON is not valid JSON: {e.Message}", e);
        }

        using (document)
            WalkJson(document.RootElement, "$", input);
    }

    /// <summary>The number of spans <see cref="Check"/> looked at: lets a test prove the walker reaches what it should.</summary>
    public static int CountSpans(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var spans = 0;
        Walk(article, "article", article.Text, new HashSet<object>(ReferenceEqualityComparer.Instance), ref spans);
        return spans;
    }

    /// <summary>True when a span may start or end at <paramref name="offset"/>: inside the text, not inside a surrogate pair.</summary>
    public static bool IsBoundary(string text, int offset) =>
        offset >= 0 && offset <= text.Length
        && (offset == 0 || offset == text.Length || !(char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset])));

    private static void Walk(object node, string path, string input, HashSet<object> visited, ref int spans)
    {
        if (!visited.Add(node))
            return;
        foreach (var (name, get) in GettersOf(node.GetType()))
            Visit(get(node), $"{path}.{name}", input, visited, ref spans);
    }

    private static void Visit(object? value, string path, string input, HashSet<object> visited, ref int spans)
    {
        switch (value)
        {
            case null or string:
                return;
            case TextSpan span:
                CheckSpan(span, path, input);
                spans++;
                return;
            case IEnumerable items:
                var index = 0;
                foreach (var item in items)
                    Visit(item, $"{path}[{index++}]", input, visited, ref spans);
                return;
            default:
                if (value.GetType().Assembly == ModelAssembly && !value.GetType().IsEnum && !value.GetType().IsPrimitive)
                    Walk(value, path, input, visited, ref spans);
                return;
        }
    }

    private static (string Name, Func<object, object?> Get)[] GettersOf(Type type) =>
        Getters.GetOrAdd(type, static t =>
        [
            .. t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is not null)
                .Select(p => (p.Name, Compile(t, p))),
        ]);

    private static Func<object, object?> Compile(Type type, PropertyInfo property)
    {
        var instance = Expression.Parameter(typeof(object));
        var body = Expression.Convert(Expression.Property(Expression.Convert(instance, type), property), typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, instance).Compile();
    }

    private static void CheckSpan(TextSpan span, string path, string input)
    {
        if (span.Start < 0 || span.Start > span.End || span.End > input.Length)
            Fail(path, $"{span} is not inside [0, {input.Length}]");
        if (!IsBoundary(input, span.Start) || !IsBoundary(input, span.End))
            Fail(path, $"{span} splits a surrogate pair");
    }

    private static void CheckStructure(Article article)
    {
        var tokens = article.Tokens;
        var sentences = article.Sentences;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (token.Span.IsEmpty)
                Fail($"article.Tokens[{t}]", "is empty");
            // Tokens may overlap only where one character expanded to several words (ﷺ, ﷽), so both run forward.
            if (t > 0 && (tokens[t - 1].Span.Start > token.Span.Start || tokens[t - 1].Span.End > token.Span.End))
                Fail($"article.Tokens[{t}]", $"{token.Span} precedes the token before it ({tokens[t - 1].Span})");
            if (token.Proclitic.Start != token.Span.Start || token.DefiniteArticle.Start != token.Proclitic.End
                || token.Enclitic.End != token.Span.End || token.Base.Start > token.Base.End)
                Fail($"article.Tokens[{t}]", $"clitic parts {token.Proclitic} {token.DefiniteArticle} {token.Base} {token.Enclitic} do not tile {token.Span}");
        }

        var nextToken = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var path = $"article.Sentences[{s}]";
            if (sentence.Span.IsEmpty)
                Fail(path, "is empty");
            if (s > 0 && sentences[s - 1].Span.End > sentence.Span.Start)
                Fail(path, $"{sentence.Span} overlaps the sentence before it ({sentences[s - 1].Span})");
            if (sentence.FirstToken != nextToken || sentence.TokenCount < 0 || sentence.FirstToken + sentence.TokenCount > tokens.Count)
                Fail(path, $"token range [{sentence.FirstToken}, +{sentence.TokenCount}) does not continue at token {nextToken}");
            nextToken = sentence.FirstToken + sentence.TokenCount;
            foreach (var token in article.TokensOf(sentence))
            {
                if (!sentence.Span.Contains(token.Span))
                    Fail(path, $"holds token {token.Span} outside its span {sentence.Span}");
            }

            if (sentence.Paragraph < 0 || sentence.Paragraph >= article.Paragraphs.Count
                || !article.Paragraphs[sentence.Paragraph].Span.Contains(sentence.Span))
                Fail(path, $"is not inside its paragraph {sentence.Paragraph}");
        }

        if (nextToken != tokens.Count)
            Fail("article.Sentences", $"cover {nextToken} of {tokens.Count} tokens");

        var nextSentence = 0;
        for (var p = 0; p < article.Paragraphs.Count; p++)
        {
            var paragraph = article.Paragraphs[p];
            if (paragraph.Span.IsEmpty || paragraph.FirstSentence != nextSentence)
                Fail($"article.Paragraphs[{p}]", $"{paragraph.Span} is empty or its sentences do not continue at {nextSentence}");
            if (p > 0 && article.Paragraphs[p - 1].Span.End > paragraph.Span.Start)
                Fail($"article.Paragraphs[{p}]", "overlaps the paragraph before it");
            if (p > 0 && paragraph.Kind == ParagraphKind.Title)
                Fail($"article.Paragraphs[{p}]", "is a title but not the first paragraph");
            nextSentence += paragraph.SentenceCount;
        }

        if (nextSentence != sentences.Count)
            Fail("article.Paragraphs", $"cover {nextSentence} of {sentences.Count} sentences");

        CheckEntities(article);
        for (var q = 0; q < article.Quotes.Count; q++)
            CheckQuote(article.Quotes[q], $"article.Quotes[{q}]", article);
    }

    private static void CheckEntities(Article article)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var e = 0; e < article.Entities.Count; e++)
        {
            var entity = article.Entities[e];
            if (!ids.Add(entity.Id))
                Fail($"article.Entities[{e}]", $"repeats the id {entity.Id}");
            if (string.IsNullOrWhiteSpace(entity.Name) || entity.Mentions.Count == 0)
                Fail($"article.Entities[{e}]", "has no name or no mentions");
            foreach (var mention in entity.Mentions)
            {
                if (mention.EntityId != entity.Id)
                    Fail($"article.Entities[{e}]", $"holds a mention of {mention.EntityId}");
            }
        }

        for (var m = 0; m < article.Mentions.Count; m++)
        {
            var mention = article.Mentions[m];
            if (mention.Span.IsEmpty || !ids.Contains(mention.EntityId))
                Fail($"article.Mentions[{m}]", $"{mention.Span} is empty or names an unknown entity {mention.EntityId}");
            if (m > 0 && article.Mentions[m - 1].Span.Start > mention.Span.Start)
                Fail($"article.Mentions[{m}]", "is out of text order");
            if (mention.Confidence is < 0 or > 1 or double.NaN)
                Fail($"article.Mentions[{m}]", $"has confidence {mention.Confidence}");
        }
    }

    private static void CheckQuote(Quote quote, string path, Article article)
    {
        if (quote.Confidence is < 0 or > 1 or double.NaN)
            Fail(path, $"has confidence {quote.Confidence}");
        if (quote.OpeningMark is { } open && (open.IsEmpty || open.End > quote.Content.Start))
            Fail(path, $"opening mark {open} is empty or not before the content {quote.Content}");
        if (quote.ClosingMark is { } close && (close.IsEmpty || close.Start < quote.Content.End))
            Fail(path, $"closing mark {close} is empty or not after the content {quote.Content}");
        if (quote.Cue is { IsEmpty: true })
            Fail(path, "has an empty cue");
        if (quote.Speaker is { } speaker)
        {
            if (speaker.EntityId is { } id && !article.Entities.Any(e => e.Id == id))
                Fail(path, $"speaker names an unknown entity {id}");
            if (speaker.Confidence is < 0 or > 1 or double.NaN)
                Fail(path, $"speaker has confidence {speaker.Confidence}");
        }

        for (var n = 0; n < quote.Nested.Count; n++)
        {
            var nested = quote.Nested[n];
            if (!quote.Content.Contains(nested.Content))
                Fail($"{path}.Nested[{n}]", $"{nested.Content} is not inside its quote's content {quote.Content}");
            CheckQuote(nested, $"{path}.Nested[{n}]", article);
        }
    }

    private static void WalkJson(JsonElement element, string path, string input)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                CheckJsonRange(element, path, input, "start", "end", "text");
                CheckJsonRange(element, path, input, "baseStart", "baseEnd", textName: null);
                foreach (var property in element.EnumerateObject())
                    WalkJson(property.Value, $"{path}.{property.Name}", input);
                return;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                    WalkJson(item, $"{path}[{index++}]", input);
                return;
            default:
                return;
        }
    }

    private static void CheckJsonRange(JsonElement element, string path, string input, string startName, string endName, string? textName)
    {
        var hasStart = element.TryGetProperty(startName, out var startElement);
        var hasEnd = element.TryGetProperty(endName, out var endElement);
        if (!hasStart && !hasEnd)
            return;
        if (!hasStart || !hasEnd || !startElement.TryGetInt32(out var start) || !endElement.TryGetInt32(out var end))
        {
            Fail(path, $"has no integer pair {startName}/{endName}");
            return;
        }

        CheckSpan(new TextSpan(start, end), path, input);
        if (textName is null || !element.TryGetProperty(textName, out var text))
            return;
        if (text.ValueKind != JsonValueKind.String)
            Fail(path, $"{textName} beside a range is not a string");
        else if (!string.Equals(text.GetString(), AsJsonWritesIt(input.AsSpan(start, end - start)), StringComparison.Ordinal))
            Fail(path, $"{textName} is not the input's text at [{start}..{end})");
    }

    // UTF-8 JSON cannot carry an unpaired surrogate: System.Text.Json writes U+FFFD in its place, one code unit for one,
    // so the text keeps its length and every offset stays right.
    private static string AsJsonWritesIt(ReadOnlySpan<char> text)
    {
        var chars = text.ToArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
                i++;
            else if (char.IsSurrogate(chars[i]))
                chars[i] = '\uFFFD';
        }

        return new string(chars);
    }

    private static void Fail(string path, string problem) =>
        throw new InvalidOperationException($"Contract violated at {path}: {problem}.");
}
