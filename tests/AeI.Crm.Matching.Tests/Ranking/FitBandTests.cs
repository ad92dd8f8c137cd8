using AeI.Crm.Matching.Model;
using AeI.Crm.Matching.Ranking;
using static AeI.Crm.Matching.Tests.MatchingFixture;

namespace AeI.Crm.Matching.Tests.Ranking;

/// <summary>Fit bands come from the evidence in the explanation and the score relative to the list's best.</summary>
[Collection(SharedMatching.Name)]
public class FitBandTests(MatchingFixture fixture)
{
    private static MatchExplanation Explanation(int matchedRequired = 0, int missingRequired = 0, string[]? experience = null, string? occupation = null, int matchedPreferred = 0) =>
        new(Enumerable.Range(0, matchedRequired).Select(i => $"r{i}").ToList(), Enumerable.Range(0, missingRequired).Select(i => $"m{i}").ToList(),
            Enumerable.Range(0, matchedPreferred).Select(i => $"p{i}").ToList(), [], experience ?? [], occupation, 3);

    [Fact]
    public void Experience_in_the_role_with_the_requirements_is_excellent_and_words_alone_are_marginal()
    {
        Assert.Equal(FitBand.Excellent, FitBands.Of(Explanation(2, 1, ["magazziniere (5 anni)"]), 8, 10));
        Assert.Equal(FitBand.Good, FitBands.Of(Explanation(1, 3, ["magazziniere (5 anni)"]), 8, 10));
        Assert.Equal(FitBand.Good, FitBands.Of(Explanation(2, 0), 8, 10));
        Assert.Equal(FitBand.Marginal, FitBands.Of(Explanation(0, 2), 8, 10));
        // Far below the best in the same list: marginal whatever the explanation says.
        Assert.Equal(FitBand.Marginal, FitBands.Of(Explanation(2, 0, ["magazziniere (5 anni)"]), 1, 10));
    }

    [Fact]
    public void A_baker_is_not_told_an_electricians_job_is_a_fit()
    {
        var baker = Person("baker", b => b.Experiences = [new("addetto panificazione", "panificio", 6, "impasto e cottura del pane, turni di notte")]);
        var electrician = Position("Addetto impianti elettrici", p => p with { Id = "electrician", Required = ["esperienza come elettricista", "lettura schemi elettrici"] });
        var bakery = Position("Addetto alla panificazione", p => p with { Id = "bakery", Required = ["esperienza in panificio"] });
        using var index = new TempVacancyIndex(fixture.Context, electrician, bakery);
        var result = index.Matcher.Rank(baker);
        var best = result.Matches.Max(m => m.Score);
        var bands = result.Matches.ToDictionary(m => m.Vacancy.Id, m => FitBands.Of(m.Explanation, m.Score, best));
        Assert.Equal(FitBand.Excellent, bands["bakery"]);
        // "addetto" is the only word in common: not relevant experience, and not a fit.
        Assert.True(!bands.TryGetValue("electrician", out var band) || band == FitBand.Marginal, $"electrician: {band}");
    }
}
