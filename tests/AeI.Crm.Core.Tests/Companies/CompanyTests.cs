using AeI.Crm.Companies;

namespace AeI.Crm.Core.Tests.Companies;

public class CompanyTests
{
    [Fact]
    public void Renaming_folds_the_search_column()
    {
        var c = new Company();
        c.Rename("  Società Cooperativa Città   Aperta ");
        Assert.Equal("Società Cooperativa Città   Aperta", c.LegalName);
        Assert.Equal("SOCIETA COOPERATIVA CITTA APERTA", c.SearchName);
    }

    [Fact]
    public void Setting_employees_keeps_the_stored_quota_in_step()
    {
        var c = new Company();
        c.SetEmployees(120);
        Assert.Equal(Law68Quota.For(120).Total, c.Law68QuotaTotal);
        c.SetEmployees(null);
        Assert.Equal(0, c.Law68QuotaTotal);
    }

    [Fact]
    public void Last_contact_only_moves_forward()
    {
        var c = new Company();
        c.RecordContact(new DateOnly(2026, 5, 1));
        c.RecordContact(new DateOnly(2026, 4, 1));
        Assert.Equal(new DateOnly(2026, 5, 1), c.LastContactOn);
    }
}
