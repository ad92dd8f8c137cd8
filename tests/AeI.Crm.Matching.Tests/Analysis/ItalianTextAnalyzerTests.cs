using AeI.Crm.Matching.Analysis;

namespace AeI.Crm.Matching.Tests.Analysis;

public class ItalianTextAnalyzerTests
{
    [Fact]
    public void Elision_is_removed() =>
        Assert.Equal(ItalianTextAnalyzer.Terms("azienda"), ItalianTextAnalyzer.Terms("dell'azienda"));

    [Theory]
    [InlineData("magazzinieri", "magazziniere")]
    [InlineData("magazziniera", "magazziniere")]
    [InlineData("pulizie", "pulizia")]
    [InlineData("Attività", "attivita")]
    [InlineData("AMMINISTRATRICE", "amministratore")]
    [InlineData("dottoressa", "dottore")]
    public void Plurals_gender_case_and_accents_meet(string a, string b) =>
        Assert.Equal(ItalianTextAnalyzer.Terms(b), ItalianTextAnalyzer.Terms(a));

    [Fact]
    public void Stop_words_are_dropped() =>
        Assert.Equal(ItalianTextAnalyzer.Terms("carico merci"), ItalianTextAnalyzer.Terms("il carico delle merci"));

    [Fact]
    public void A_typo_shares_most_four_grams_with_the_right_word()
    {
        var right = GramAnalyzer.Grams("magazziniere", 4, 4).ToHashSet();
        var typo = GramAnalyzer.Grams("magazinere", 4, 4).ToHashSet();
        var other = GramAnalyzer.Grams("cameriere", 4, 4).ToHashSet();
        Assert.True(right.Intersect(typo).Count() > right.Intersect(other).Count() + 1);
    }
}
