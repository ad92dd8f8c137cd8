using AeI.Crm.Matching.Analysis;

namespace AeI.Crm.Matching.Tests.Analysis;

public class SynonymVocabularyTests
{
    private static readonly SynonymVocabulary Shipped = SynonymVocabulary.Load();

    [Theory]
    [InlineData("mulettista", "carrellista")]
    [InlineData("mulettista", "patentino carrello elevatore")]
    [InlineData("lavapiatti", "addetto lavaggio stoviglie")]
    [InlineData("OSS", "operatore socio sanitario")]
    [InlineData("badante", "assistente familiare")]
    [InlineData("AFC", "contabilità")]
    public void Field_synonyms_share_a_concept(string a, string b) =>
        Assert.True(Shipped.Concepts(a).Overlaps(Shipped.Concepts(b)), $"{a} / {b}");

    [Fact]
    public void Phrases_are_found_after_analysis_inside_longer_text() =>
        Assert.True(Shipped.Concepts("Ha lavorato come addetta al lavaggio delle stoviglie").Overlaps(Shipped.Concepts("lavapiatti")));

    [Fact]
    public void Unrelated_jobs_share_no_concept() =>
        Assert.False(Shipped.Concepts("elettricista").Overlaps(Shipped.Concepts("cameriere")));

    [Fact]
    public void Users_extend_the_vocabulary_with_their_own_groups()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "# local\naddetto reception, portierato\n");
            var extended = SynonymVocabulary.Load(file);
            Assert.True(extended.Concepts("portierato").Overlaps(extended.Concepts("addetto reception")));
            Assert.False(Shipped.Concepts("portierato").Overlaps(Shipped.Concepts("addetto reception")));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
