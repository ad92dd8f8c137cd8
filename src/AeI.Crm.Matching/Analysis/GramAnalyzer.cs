using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace AeI.Crm.Matching.Analysis;

/// <summary>
/// Character n-grams of the stemmed words, with word-boundary marks: the answer to typos
/// ("magazinere"), compounds and word forms the stemmer leaves apart.
/// </summary>
public sealed class GramAnalyzer(int min, int max) : Analyzer
{
    /// <summary>3- to 5-grams, for occupation titles.</summary>
    public static GramAnalyzer Instance { get; } = new(3, 5);

    /// <summary>4-grams only, for the candidate index (a third of the tokens, enough for typos).</summary>
    public static GramAnalyzer FourGrams { get; } = new(4, 4);

    /// <summary>The n-grams of a text, from <paramref name="minLength"/> to <paramref name="maxLength"/> characters.</summary>
    public static IEnumerable<string> Grams(string? text, int minLength = 3, int maxLength = 5)
    {
        foreach (var word in ItalianTextAnalyzer.Terms(text))
        {
            var marked = "_" + word + "_";
            for (var n = minLength; n <= maxLength; n++)
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
        new(new GramTokenizer(reader, min, max));

    private sealed class GramTokenizer : Tokenizer
    {
        private readonly ICharTermAttribute _term;
        private List<string> _grams = [];
        private int _next;

        private readonly int _min;
        private readonly int _max;

        public GramTokenizer(TextReader input, int min, int max)
            : base(input)
        {
            _term = AddAttribute<ICharTermAttribute>();
            _min = min;
            _max = max;
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
            _grams = Grams(m_input.ReadToEnd(), _min, _max).ToList();
            _next = 0;
        }
    }
}
