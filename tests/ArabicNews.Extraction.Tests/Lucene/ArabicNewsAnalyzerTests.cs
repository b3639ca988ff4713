using ArabicNews.Extraction.Lucene;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ArabicNews.Extraction.Tests.Lucene;

public class ArabicNewsAnalyzerTests
{
    private static readonly ArabicTokenizer Tokenizer = ArticleExtractor.CreateDefault().Tokenizer;

    [Theory]
    [InlineData(ArabicNewsTermForm.Stem, "قاهر")]
    [InlineData(ArabicNewsTermForm.Base, "قاهره")]
    [InlineData(ArabicNewsTermForm.WithoutProclitics, "القاهره")]
    [InlineData(ArabicNewsTermForm.Normalized, "وبالقاهره")]
    public void A_word_with_proclitics_gives_its_term_form_and_the_offsets_of_the_whole_token(ArabicNewsTermForm form, string term)
    {
        using var analyzer = new ArabicNewsAnalyzer(Tokenizer, new ArabicNewsAnalyzerOptions { TermForm = form });

        var token = Assert.Single(Analyze(analyzer, "وبالقاهرة"));

        Assert.Equal(new AnalyzedToken(term, 0, 9, 1, "ArabicWord"), token);
    }

    [Fact]
    public void Offsets_take_in_the_diacritics_of_the_original_text()
    {
        var text = "قال: وَبِالْقَاهِرَةِ";
        using var analyzer = new ArabicNewsAnalyzer(Tokenizer);

        var tokens = Analyze(analyzer, text);

        Assert.Equal(["قال", "قاهر"], tokens.Select(t => t.Term));
        Assert.Equal("وَبِالْقَاهِرَةِ", text[tokens[1].Start..tokens[1].End]);
    }

    [Fact]
    public void A_sentence_gives_words_numbers_and_addresses_without_punctuation()
    {
        var text = "قال وزير الخارجية لبوتين، في 2021: «نعم» www.news.tn";
        using var analyzer = new ArabicNewsAnalyzer(Tokenizer);

        var tokens = Analyze(analyzer, text);

        // وزير keeps its و (no proclitic by the clitic analysis); the light stemmer takes ين off بوتين as off any word.
        Assert.Equal(["قال", "وزير", "خارج", "بوت", "في", "2021", "نعم", "www.news.tn"], tokens.Select(t => t.Term));
        Assert.Equal(["ArabicWord", "ArabicWord", "ArabicWord", "ArabicWord", "ArabicWord", "Number", "ArabicWord", "Url"], tokens.Select(t => t.Type));
        Assert.All(tokens, t => Assert.Equal(1, t.PositionIncrement));
        Assert.Equal("لبوتين", text[tokens[3].Start..tokens[3].End]);
    }

    [Fact]
    public void Terms_of_one_word_in_different_forms_meet()
    {
        using var analyzer = new ArabicNewsAnalyzer(Tokenizer);

        var terms = Analyze(analyzer, "القاهرة وبالقاهرة للقاهرة").Select(t => t.Term).Distinct();

        Assert.Equal(["قاهر"], terms);
    }

    [Fact]
    public void Stopwords_are_left_out_with_their_positions_kept()
    {
        var options = new ArabicNewsAnalyzerOptions { Stopwords = ArabicNewsAnalyzer.LuceneArabicStopwords };
        using var analyzer = new ArabicNewsAnalyzer(Tokenizer, options);

        var tokens = Analyze(analyzer, "وصل الوزير وفي القاهرة من", out var end);

        Assert.Equal(["وصل", "وزير", "قاهر"], tokens.Select(t => t.Term));
        Assert.Equal([1, 1, 2], tokens.Select(t => t.PositionIncrement));
        Assert.Equal(1, end.PositionIncrement);
    }

    [Fact]
    public void A_stopword_in_any_spelling_matches()
    {
        var options = new ArabicNewsAnalyzerOptions { Stopwords = ["إلى"] };
        using var analyzer = new ArabicNewsAnalyzer(Tokenizer, options);

        Assert.Equal(["ذهب", "سوق"], Analyze(analyzer, "ذهب الى السوق").Select(t => t.Term));
    }

    [Fact]
    public void A_token_longer_than_the_maximum_is_skipped_with_its_position()
    {
        var options = new ArabicNewsAnalyzerOptions { MaxTermLength = 10 };
        using var analyzer = new ArabicNewsAnalyzer(Tokenizer, options);

        var tokens = Analyze(analyzer, "قال " + new string('م', 300) + " الرئيس");

        Assert.Equal(["قال", "رئيس"], tokens.Select(t => t.Term));
        Assert.Equal([1, 2], tokens.Select(t => t.PositionIncrement));
    }

    [Fact]
    public void End_sets_the_final_offset_to_the_texts_length()
    {
        using var analyzer = new ArabicNewsAnalyzer(Tokenizer);

        Analyze(analyzer, "قال الرئيس. ", out var end);

        Assert.Equal((12, 12), (end.Start, end.End));
    }

    [Fact]
    public void The_stream_is_reused_across_fields_and_documents()
    {
        using var analyzer = new ArabicNewsAnalyzer(Tokenizer);
        var first = analyzer.GetTokenStream("title", "وبالقاهرة");
        var firstTerms = Consume(first);
        var second = analyzer.GetTokenStream("body", "قال الرئيس");
        var secondTerms = Consume(second);

        Assert.Same(first, second);
        Assert.Equal(["قاهر"], firstTerms);
        Assert.Equal(["قال", "رئيس"], secondTerms);
        Assert.Empty(Consume(analyzer.GetTokenStream("body", string.Empty)));
        Assert.Equal(["قاهر"], Consume(analyzer.GetTokenStream("body", new StringReader("القاهرة"))));
    }

    [Fact]
    public void Offsets_are_corrected_through_a_char_filter_before_the_tokenizer()
    {
        var html = "<p>وبالقاهرة</p>";
        using var tokenizer = new ArabicNewsTokenizer(Tokenizer, new HTMLStripCharFilter(new StringReader(html)));
        var offsets = tokenizer.AddAttribute<IOffsetAttribute>();

        tokenizer.Reset();
        Assert.True(tokenizer.IncrementToken());
        var span = (offsets.StartOffset, offsets.EndOffset);
        Assert.False(tokenizer.IncrementToken());
        tokenizer.End();

        Assert.Equal("وبالقاهرة", html[span.StartOffset..span.EndOffset]);
    }

    [Fact]
    public void Invalid_options_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new ArabicNewsAnalyzer(Tokenizer, new ArabicNewsAnalyzerOptions { TermForm = (ArabicNewsTermForm)42 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArabicNewsAnalyzer(Tokenizer, new ArabicNewsAnalyzerOptions { MaxTermLength = 0 }));
        Assert.Throws<ArgumentNullException>(() => new ArabicNewsAnalyzer(null!));
    }

    [Fact]
    public void An_in_memory_index_finds_a_word_under_its_clitics_and_highlights_the_whole_token()
    {
        var extractor = ArticleExtractor.CreateDefault();
        using var analyzer = new ArabicNewsAnalyzer(extractor.Tokenizer);
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)))
        {
            var bodyType = new FieldType(TextField.TYPE_STORED) { StoreTermVectors = true, StoreTermVectorPositions = true, StoreTermVectorOffsets = true };
            writer.AddDocument([new StringField("id", "cairo", Field.Store.YES), new Field("body", "وصل الوزير أمس وبالقاهرة عقد اجتماعا.", bodyType)]);
            writer.AddDocument([new StringField("id", "tunis", Field.Store.YES), new Field("body", "قال الرئيس في تونس إن الاجتماع انتهى.", bodyType)]);
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var query = new TermQuery(new Term("body", Consume(analyzer.GetTokenStream("body", "القاهرة")).Single()));
        var hits = searcher.Search(query, 10).ScoreDocs;

        var hit = Assert.Single(hits);
        var document = searcher.Doc(hit.Doc);
        Assert.Equal("cairo", document.Get("id"));
        var body = document.Get("body");
        var highlighted = HighlightedSpans(reader, hit.Doc, "قاهر").Select(span => body[span.Start..span.End]);
        Assert.Equal(["وبالقاهرة"], highlighted);
    }

    private static List<(int Start, int End)> HighlightedSpans(IndexReader reader, int doc, string term)
    {
        var spans = new List<(int, int)>();
        var terms = reader.GetTermVector(doc, "body").GetEnumerator();
        if (!terms.SeekExact(new BytesRef(term)))
            return spans;
        var positions = terms.DocsAndPositions(null, null);
        positions.NextDoc();
        for (var i = 0; i < positions.Freq; i++)
        {
            positions.NextPosition();
            spans.Add((positions.StartOffset, positions.EndOffset));
        }

        return spans;
    }

    private static List<string> Consume(TokenStream stream)
    {
        var terms = new List<string>();
        var term = stream.AddAttribute<ICharTermAttribute>();
        try
        {
            stream.Reset();
            while (stream.IncrementToken())
                terms.Add(term.ToString());
            stream.End();
        }
        finally
        {
            stream.Dispose();
        }

        return terms;
    }

    private static List<AnalyzedToken> Analyze(Analyzer analyzer, string text) => Analyze(analyzer, text, out _);

    private static List<AnalyzedToken> Analyze(Analyzer analyzer, string text, out AnalyzedToken end)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        AnalyzedToken Current() => new(term.ToString(), offset.StartOffset, offset.EndOffset, position.PositionIncrement, type.Type);

        stream.Reset();
        while (stream.IncrementToken())
            tokens.Add(Current());
        stream.End();
        end = Current();
        return tokens;
    }

    private sealed record AnalyzedToken(string Term, int Start, int End, int PositionIncrement, string Type);
}
