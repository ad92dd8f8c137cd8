using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace AeI.Crm.Matching.Analysis;

/// <summary>
/// Character n-grams (3 to 5) of the stemmed words, with word-boundary marks: the answer to
/// typos ("magazinere"), compounds and word forms the stemmer leaves apart.
/// </summary>
public sealed class GramAnalyzer : Analyzer
{
    /// <summary>One shared instance.</summary>
    public static GramAnalyzer Instance { get; } = new();

    /// <summary>The n-grams of a text.</summary>
    public static IEnumerable<string> Grams(string? text)
    {
        foreach (var word in ItalianTextAnalyzer.Terms(text))
        {
            var marked = "_" + word + "_";
            for (var n = 3; n <= 5; n++)
            {
                for (var i = 0; i + n <= marked.Length; i++)
                {
                    yield return marked.Substring(i, n);
                }
            }
        }
    }

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new GramTokenizer(reader));

    private sealed class GramTokenizer : Tokenizer
    {
        private readonly ICharTermAttribute _term;
        private List<string> _grams = [];
        private int _next;

        public GramTokenizer(TextReader input)
            : base(input)
        {
            _term = AddAttribute<ICharTermAttribute>();
        }

        public override bool IncrementToken()
        {
            ClearAttributes();
            if (_next >= _grams.Count)
            {
                return false;
            }

            var gram = _grams[_next++];
            _term.SetEmpty().Append(gram);
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _grams = Grams(m_input.ReadToEnd()).ToList();
            _next = 0;
        }
    }
}
