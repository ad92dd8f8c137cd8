using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.It;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace AeI.Crm.Matching.Analysis;

/// <summary>
/// Italian analysis for mediators' and companies' writing: standard tokens, elision
/// ("dell'azienda" → "azienda"), lower case, accents folded ("attività" = "attivita"), Italian
/// stop words, light stemming (plural and gender: "magazzinieri", "magazziniera" → "magazzinier").
/// </summary>
public sealed class ItalianTextAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly CharArraySet Articles = new(Version,
        ["c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl", "sugl", "un", "m", "t", "s", "v", "d", "quest", "quell", "po"],
        ignoreCase: true);

    /// <summary>One shared instance: Lucene analyzers are thread-safe.</summary>
    public static ItalianTextAnalyzer Instance { get; } = new();

    /// <summary>The analyzed terms of a text, in order.</summary>
    public static List<string> Terms(string? text) => Terms(Instance, "t", text);

    /// <summary>The terms an analyzer makes of a text for a field.</summary>
    public static List<string> Terms(Analyzer analyzer, string field, string? text)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var list = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return list;
        }

        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            list.Add(term.ToString());
        }

        stream.End();
        return list;
    }

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new ElisionFilter(source, Articles);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(Version, stream, StopWords);
        stream = new ItalianLightStemFilter(stream);
        stream = new GenderSuffixFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    private static readonly CharArraySet StopWords = BuildStopWords();

    private static CharArraySet BuildStopWords()
    {
        var set = new CharArraySet(Version, ItalianAnalyzer.DefaultStopSet, ignoreCase: true);
        // Folded forms of accented stop words, and words that carry no job meaning here.
        foreach (var w in new[] { "e", "o", "ed", "od", "anche", "piu", "gia", "puo", "cosi", "perche", "cioe", "altri", "altre", "vari", "varie", "etc" })
        {
            set.Add(w);
        }

        return set;
    }
}
