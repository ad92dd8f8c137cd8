using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace AeI.Crm.Matching.Analysis;

/// <summary>
/// After light stemming, folds the feminine agent suffixes onto the masculine ones, so
/// "amministratrice" meets "amministratore" and "dottoressa" meets "dottore".
/// </summary>
public sealed class GenderSuffixFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    /// <summary>Wraps a stemmed stream.</summary>
    public GenderSuffixFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var text = _term.ToString();
        var folded = Fold(text);
        if (!ReferenceEquals(folded, text))
        {
            _term.SetEmpty().Append(folded);
        }

        return true;
    }

    /// <summary>The masculine stem of a feminine agent stem, or the stem itself.</summary>
    public static string Fold(string stem)
    {
        ArgumentNullException.ThrowIfNull(stem);
        if (stem.Length > 5 && stem.EndsWith("tric", StringComparison.Ordinal))
        {
            return stem[..^4] + "tor";
        }

        if (stem.Length > 6 && stem.EndsWith("oress", StringComparison.Ordinal))
        {
            return stem[..^5] + "or";
        }

        return stem;
    }
}
