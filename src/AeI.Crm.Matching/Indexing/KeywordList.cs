using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace AeI.Crm.Matching.Indexing;

/// <summary>
/// Exact terms (synonym groups, occupations, ISCO groups, licences, certificate keys, levels) as one
/// field per name and document, instead of one <see cref="StringField"/> per term. The index holds
/// the same terms; building is cheaper, because each <see cref="StringField"/> makes a token stream
/// of its own (and Lucene.Net takes a global lock for each one), while a field analysed by
/// <see cref="Analyzer"/> reuses the thread's.
/// </summary>
internal static class KeywordList
{
    private const char Separator = '\u001F';

    private static readonly FieldType Type = Freeze(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        IsStored = false,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    });

    /// <summary>Splits a keyword list back into its terms, unchanged.</summary>
    public static Analyzer Analyzer { get; } = new KeywordListAnalyzer();

    /// <summary>A field holding each of the values as one exact term; null when there are none.</summary>
    public static Field? Field(string name, IEnumerable<string> values)
    {
        var joined = string.Join(Separator, values.Where(v => v.Length > 0));
        return joined.Length == 0 ? null : new Field(name, joined, Type);
    }

    private static FieldType Freeze(FieldType type)
    {
        type.Freeze();
        return type;
    }

    private sealed class KeywordListAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
            new(new SeparatorTokenizer(reader));
    }

    private sealed class SeparatorTokenizer(TextReader reader) : CharTokenizer(Analysis.ItalianTextAnalyzer.Version, reader)
    {
        protected override bool IsTokenChar(int c) => c != Separator;
    }
}
