using AeI.Crm.Companies;

namespace AeI.Crm.Core.Tests.Companies;

public class Law68QuotaTests
{
    [Theory]
    [InlineData(null, 0, 0)]
    [InlineData(14, 0, 0)]
    [InlineData(15, 1, 0)]
    [InlineData(35, 1, 0)]
    [InlineData(36, 2, 0)]
    [InlineData(50, 2, 0)]
    [InlineData(51, 4, 1)] // 7% of 51 is 3.57: a fraction above one half counts as a unit
    public void Quota_follows_the_size_bands(int? employees, int article1, int article18) =>
        Assert.Equal(new Law68Quota(article1, article18), Law68Quota.For(employees));

    [Theory]
    [InlineData(100, 7, 1)] // exactly 7
    [InlineData(107, 7, 1)] // 7.49 rounds down
    [InlineData(108, 8, 1)] // 7.56 rounds up
    [InlineData(150, 10, 1)] // 10.5: exactly one half is not "above one half"
    [InlineData(151, 11, 2)] // 10.57 → 11; art. 18 becomes 1% = 1.51 → 2
    [InlineData(1000, 70, 10)]
    public void Over_fifty_employees_the_quota_is_seven_percent_plus_one_percent_for_article_18(int employees, int article1, int article18)
    {
        var quota = Law68Quota.For(employees);
        Assert.Equal(article1, quota.Article1);
        Assert.Equal(article18, quota.Article18);
        Assert.Equal(article1 + article18, quota.Total);
    }
}
