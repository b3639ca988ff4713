using ArabicNews.Extraction.Normalization;
using ArabicNews.Extraction.Segmentation;
using Lucene.Net.Analysis.TokenAttributes;
using LuceneTokenizer = Lucene.Net.Analysis.Tokenizer;

namespace ArabicNews.Extraction.Lucene;

/// <summary>
/// A Lucene.Net <c>Tokenizer</c> that emits the words, numbers and addresses of an <see cref="ArabicTokenizer"/> (the
/// tokens of <see cref="Article.Tokens"/>; punctuation and symbols are left out) with terms chosen by
/// <see cref="ArabicNewsAnalyzerOptions"/> and offsets into the original text, so that highlighting marks the whole
/// token as written (<c>وَبِالقاهرة</c>, diacritics and proclitics included).
/// </summary>
/// <remarks>
/// <para>
/// Attributes: the term (<c>ICharTermAttribute</c>), the original offsets corrected by any char filter before it
/// (<c>IOffsetAttribute</c>), position increments that count skipped stopwords and overlong tokens
/// (<c>IPositionIncrementAttribute</c>), and the token kind as the type (<c>ITypeAttribute</c>: <c>ArabicWord</c>,
/// <c>LatinWord</c>, <c>Number</c>, <c>Url</c>, <c>Email</c>).
/// </para>
/// <para>
/// Follows the <c>TokenStream</c> contract (<c>SetReader</c>, <c>Reset</c>, <c>IncrementToken</c>, <c>End</c>,
/// <c>Dispose</c>) and can be reused for any number of readers. It reads its whole input at <c>Reset</c>: the tokens of
/// a text depend on the text around them. Not thread-safe, like every Lucene <c>TokenStream</c>. Lucene.Net 4.8 is a
/// prerelease (this package builds on 4.8.0-beta00017); this type follows its API and may change when it does.
/// </para>
/// </remarks>
public sealed class ArabicNewsTokenizer : LuceneTokenizer
{
    private static readonly string[] TypeNames = Enum.GetNames<TokenKind>();

    private readonly ArabicTokenizer _tokenizer;
    private readonly TermSettings _settings;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private readonly ITypeAttribute _type;

    private char[] _text = new char[4096];
    private int _length;
    private PooledNormalization _view;
    private TokenCursor _cursor;
    private int _skippedAtEnd;

    /// <summary>Creates a tokenizer of <paramref name="input"/> (which Lucene reads again through <c>SetReader</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="tokenizer"/> or <paramref name="input"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid (an undefined term form, a maximum term length under 1).</exception>
    public ArabicNewsTokenizer(ArabicTokenizer tokenizer, TextReader input, ArabicNewsAnalyzerOptions? options = null)
        : this(tokenizer, input, new TermSettings(options ?? new ArabicNewsAnalyzerOptions()))
    {
    }

    internal ArabicNewsTokenizer(ArabicTokenizer tokenizer, TextReader input, TermSettings settings)
        : base(input ?? throw new ArgumentNullException(nameof(input)))
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        _tokenizer = tokenizer;
        _settings = settings;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    /// <inheritdoc/>
    public override void Reset()
    {
        base.Reset();
        ReadInput();
        _view.Dispose();
        _view = _tokenizer.NormalizeView(_text.AsSpan(0, _length));
        _cursor = _tokenizer.StartCursor(0);
        _skippedAtEnd = 0;
    }

    /// <inheritdoc/>
    public override bool IncrementToken()
    {
        ClearAttributes();
        var original = _text.AsSpan(0, _length);
        var view = _view.TextOf(original);
        var skipped = 0;
        while (_cursor.MoveNext(view, _view.Edits, out var token, out _))
        {
            if (token.Kind is TokenKind.Punctuation or TokenKind.Symbol)
                continue;
            if (!TryWriteTerm(token) || IsStopword(token))
            {
                skipped++;
                continue;
            }

            _position.PositionIncrement = 1 + skipped;
            _offset.SetOffset(CorrectOffset(token.Span.Start), CorrectOffset(token.Span.End));
            _type.Type = TypeNames[(int)token.Kind];
            return true;
        }

        _skippedAtEnd = skipped;
        return false;
    }

    /// <inheritdoc/>
    public override void End()
    {
        base.End();
        var finalOffset = CorrectOffset(_length);
        _offset.SetOffset(finalOffset, finalOffset);
        _position.PositionIncrement += _skippedAtEnd;
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);

        // Lucene reuses a tokenizer after Dispose (through SetReader): only the rented buffers go.
        if (disposing)
            _view.Dispose();
    }

    private void ReadInput()
    {
        _length = 0;
        while (true)
        {
            if (_length == _text.Length)
                Array.Resize(ref _text, checked(_text.Length * 2));
            var read = m_input.Read(_text, _length, _text.Length - _length);
            if (read <= 0)
                return;
            _length += read;
        }
    }

    // The term into the term attribute; false when it is empty or longer than the maximum.
    private bool TryWriteTerm(in TokenInfo token)
    {
        // Every form is kept with the word's analysis in the word cache: a term is a copy, never computed here.
        ReadOnlySpan<char> term = _settings.TermForm switch
        {
            ArabicNewsTermForm.Stem => token.BaseStem,
            ArabicNewsTermForm.Base => token.BaseNormalized,
            ArabicNewsTermForm.WithoutProclitics => token.Normalized.AsSpan(token.Split.ProcliticLength),
            _ => token.Normalized,
        };

        if (term.IsEmpty || term.Length > _settings.MaxTermLength)
            return false;
        term.CopyTo(_term.ResizeBuffer(term.Length));
        _term.SetLength(term.Length);
        return true;
    }

    private bool IsStopword(in TokenInfo token)
    {
        if (!_settings.HasStopwords)
            return false;
        var normalized = token.Normalized.AsSpan();
        return _settings.IsStopword(normalized) || _settings.IsStopword(normalized[token.Split.ProcliticLength..]);
    }
}
