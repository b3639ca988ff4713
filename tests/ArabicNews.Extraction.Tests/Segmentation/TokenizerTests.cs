using ArabicNews.Extraction.Segmentation;

namespace ArabicNews.Extraction.Tests.Segmentation;

public class TokenizerTests
{
    private static readonly ArticleExtractor Extractor = ArticleExtractor.CreateDefault();

    private static List<(string Text, TokenKind Kind)> Tokenize(string text)
    {
        var raw = new List<RawToken>();
        Tokenizer.Tokenize(text, 0, text.Length, raw);
        return raw.Select(t => (text[t.Start..t.End], t.Kind)).ToList();
    }

    private static Token Single(string text)
    {
        var article = Extractor.Extract(text);
        return Assert.Single(article.Tokens);
    }

    [Fact]
    public void Words_numbers_and_punctuation_get_their_kinds()
    {
        Assert.Equal(
            [
                ("قال", TokenKind.ArabicWord), ("Biden", TokenKind.LatinWord), ("3.5", TokenKind.Number), ("%", TokenKind.Symbol),
                ("،", TokenKind.Punctuation), ("«", TokenKind.Punctuation), ("نعم", TokenKind.ArabicWord), ("»", TokenKind.Punctuation),
                ("...", TokenKind.Punctuation),
            ],
            Tokenize("قال Biden 3.5% ، «نعم»..."));
    }

    [Theory]
    [InlineData("16/4/2021")]
    [InlineData("10:30")]
    [InlineData("2,350,000")]
    [InlineData("3.5")]
    public void Numbers_keep_their_inner_separators(string number) =>
        Assert.Equal([(number, TokenKind.Number)], Tokenize(number));

    [Fact]
    public void A_separator_not_between_digits_ends_the_number() =>
        Assert.Equal([("2021", TokenKind.Number), (".", TokenKind.Punctuation)], Tokenize("2021."));

    [Theory]
    [InlineData("https://www.jawharafm.net/ar/article/1", TokenKind.Url)]
    [InlineData("www.example.com", TokenKind.Url)]
    [InlineData("example.tn/path?q=1", TokenKind.Url)]
    [InlineData("info@example.org", TokenKind.Email)]
    public void Web_and_mail_addresses_are_one_token(string address, TokenKind kind) =>
        Assert.Equal([(address, kind), (".", TokenKind.Punctuation)], Tokenize(address + "."));

    [Theory]
    [InlineData("https://www.x.com/a0.(", "https://www.x.com/a0")]
    [InlineData("news.tn/ab!)(", "news.tn/ab")]
    public void An_address_stops_before_a_bracket_glued_to_sentence_punctuation(string text, string address) =>
        Assert.Equal((address, TokenKind.Url), Tokenize(text)[0]);

    [Fact]
    public void An_address_keeps_brackets_that_follow_no_sentence_punctuation() =>
        Assert.Equal([("https://x.org/wiki/A_(b)_c", TokenKind.Url)], Tokenize("https://x.org/wiki/A_(b)_c"));

    [Theory]
    [InlineData("U.S")]
    [InlineData("Ph.D")]
    public void Abbreviations_are_not_addresses(string text) =>
        Assert.DoesNotContain(Tokenize(text), t => t.Kind == TokenKind.Url);

    [Fact]
    public void Latin_words_keep_inner_apostrophes_and_hyphens() =>
        Assert.Equal([("l'Aube", TokenKind.LatinWord), ("Jean-Noël", TokenKind.LatinWord)], Tokenize("l'Aube Jean-Noël"));

    [Fact]
    public void Arabic_and_latin_letters_do_not_join() =>
        Assert.Equal([("قال", TokenKind.ArabicWord), ("CNN", TokenKind.LatinWord)], Tokenize("قالCNN"));

    [Fact]
    public void Emoji_and_lone_surrogates_are_symbols_without_splitting_a_pair() =>
        Assert.Equal([("😀", TokenKind.Symbol), ("\uD800", TokenKind.Symbol), ("ب", TokenKind.ArabicWord)], Tokenize("😀\uD800ب"));

    [Fact]
    public void A_word_with_clitics_is_one_token_with_parts()
    {
        var text = "وبالقاهرة";
        var token = Single(text);

        Assert.Equal(new TextSpan(0, 9), token.Span);
        Assert.Equal("وب", token.Proclitic.GetText(text));
        Assert.Equal("ال", token.DefiniteArticle.GetText(text));
        Assert.Equal("قاهرة", token.Base.GetText(text));
        Assert.True(token.Enclitic.IsEmpty);
        Assert.Equal("القاهرة", token.WithoutProclitic.GetText(text));
        Assert.Equal("وب", token.Proclitics);
        Assert.Equal("قاهره", token.BaseNormalized);
        Assert.Equal("وبالقاهره", token.Normalized);
        Assert.True(token.HasDefiniteArticle);
    }

    [Fact]
    public void Clitic_parts_take_their_diacritics_with_them()
    {
        var text = "وَبِالْقَاهِرَةِ";
        var token = Single(text);

        Assert.Equal("وَبِ", token.Proclitic.GetText(text));
        Assert.Equal("الْ", token.DefiniteArticle.GetText(text));
        Assert.Equal("قَاهِرَةِ", token.Base.GetText(text));
        Assert.Equal("وبالقاهره", token.Normalized);
    }

    [Fact]
    public void An_enclitic_is_a_part_at_the_end()
    {
        var text = "حكومتُها";
        var token = Single(text);

        Assert.Equal("ها", token.Enclitic.GetText(text));
        Assert.Equal("حكومتُ", token.Base.GetText(text));
        Assert.Equal("حكومت", token.BaseNormalized);
        Assert.False(token.HasDefiniteArticle);
    }

    [Fact]
    public void Lam_lam_gives_preposition_and_article()
    {
        var text = "للرئيس";
        var token = Single(text);

        Assert.Equal("ل", token.Proclitic.GetText(text));
        Assert.Equal(new TextSpan(1, 2), token.DefiniteArticle);
        Assert.Equal("رئيس", token.Base.GetText(text));
    }

    [Fact]
    public void Words_without_clitics_have_empty_parts_at_their_edges()
    {
        var token = Single("  بوتين ");

        Assert.Equal(new TextSpan(2, 7), token.Span);
        Assert.Equal(new TextSpan(2, 2), token.Proclitic);
        Assert.Equal(new TextSpan(2, 2), token.DefiniteArticle);
        Assert.Equal(new TextSpan(7, 7), token.Enclitic);
        Assert.Equal(token.Span, token.WithoutProclitic);
        Assert.Equal("بوتين", token.BaseNormalized);
        Assert.Equal(string.Empty, token.Proclitics);
    }

    [Fact]
    public void Normalized_stem_and_kind_of_other_tokens()
    {
        var article = Extractor.Extract("NATO ١٢٣ «");
        Assert.Equal(["nato", "123", "\""], article.Tokens.Select(t => t.Normalized));
        Assert.Equal(["nato", "123", "\""], article.Tokens.Select(t => t.Stem));
        Assert.Equal([TokenKind.LatinWord, TokenKind.Number, TokenKind.Punctuation], article.Tokens.Select(t => t.Kind));
        Assert.All(article.Tokens, t => Assert.True(t.Base == t.Span));
    }

    [Fact]
    public void Arabic_words_get_the_lucene_light_stem()
    {
        var article = Extractor.Extract("والمدارس كتابها");
        Assert.Equal(["مدارس", "كتاب"], article.Tokens.Select(t => t.Stem));
    }

    [Fact]
    public void Tokens_of_one_word_share_their_strings()
    {
        var article = Extractor.Extract("قال الرئيس. وقال الرئيس إن الرئيس قال");
        var presidents = article.Tokens.Where(t => t.Normalized == "الرئيس").ToList();

        Assert.Equal(3, presidents.Count);
        Assert.Same(presidents[0].Normalized, presidents[1].Normalized);
        Assert.Same(presidents[0].Normalized, presidents[2].Normalized);
        Assert.Same(presidents[0].Stem, presidents[2].Stem);
    }

    [Fact]
    public void Words_first_seen_in_one_extraction_share_their_derived_strings()
    {
        var article = ArticleExtractor.CreateDefault().Extract("قال الرئيس. وقال الرئيس إن الرئيس قال");
        var says = article.Tokens.Where(t => t.BaseNormalized == "قال").ToList();

        Assert.Equal(3, says.Count);
        Assert.Same(says[0].BaseNormalized, says[1].BaseNormalized);
        Assert.Same(says[0].Normalized, says[2].Normalized);
    }

    [Fact]
    public void Later_extractions_reuse_the_analyses_of_earlier_ones()
    {
        var extractor = ArticleExtractor.CreateDefault();
        var first = extractor.Extract("وقال الرئيس");
        var second = extractor.Extract("الرئيس وقال");

        Assert.Same(first.Tokens[1].Normalized, second.Tokens[0].Normalized);
        Assert.Same(first.Tokens[0].BaseNormalized, second.Tokens[1].BaseNormalized);
    }

    [Fact]
    public void A_huge_word_is_one_token_with_its_analysis()
    {
        var text = "و" + new string('م', 300_000) + "ها";
        var token = Single(text);

        Assert.Equal(new TextSpan(0, text.Length), token.Span);
        Assert.Equal("و", token.Proclitic.GetText(text));
        Assert.Equal("ها", token.Enclitic.GetText(text));
    }

    [Fact]
    public void Tokens_tile_the_words_in_order_without_overlap()
    {
        var text = "وقال\u200F الرئيسُ، في بيانه: «سنعمل» على 3.5% من www.x.com 😀";
        var tokens = Extractor.Extract(text).Tokens;

        Assert.Equal(
            ["وقال\u200F", "الرئيسُ", "،", "في", "بيانه", ":", "«", "سنعمل", "»", "على", "3.5", "%", "من", "www.x.com", "😀"],
            tokens.Select(t => t.Span.GetText(text)));
        for (var i = 1; i < tokens.Count; i++)
            Assert.True(tokens[i - 1].Span.End <= tokens[i].Span.Start);
    }
}
