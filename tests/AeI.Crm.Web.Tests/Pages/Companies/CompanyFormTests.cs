using System.Net;
using AeI.Crm.Companies;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Tests.Pages.Companies;

[Collection(SharedApp.Name)]
public class CompanyFormTests(CrmAppFactory app)
{
    private static Dictionary<string, string> Fields(string name, string vat, string municipality = "Rho (MI)", string ateco = "52.10") => new()
    {
        ["Input.LegalName"] = name,
        ["Input.VatNumber"] = vat,
        ["Input.AtecoCode"] = ateco,
        ["Input.EmployeeCount"] = "60",
        ["Input.Municipality"] = municipality,
        ["Input.Status"] = "Prospect",
    };

    /// <summary>A valid VAT number no demo company has.</summary>
    private async Task<string> FreeVatAsync(string seed)
    {
        for (var i = 0; ; i++)
        {
            var first = (seed + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture)).PadLeft(10, '9')[..10];
            var vat = first + PartitaIva.ComputeCheckDigit(first);
            if (!await app.QueryAsync(db => db.Companies.AnyAsync(c => c.VatNumber == vat)))
            {
                return vat;
            }
        }
    }

    [Fact]
    public async Task A_valid_company_is_created_with_its_municipality_and_quota()
    {
        var vat = await FreeVatAsync("8812");
        using var client = await app.SignInAsync(DemoUsers.Account1);
        var response = await client.PostFormAsync("/Companies/Edit", "/Companies/Edit", Fields("Logistica Prova Valida S.r.l.", vat));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.QueryAsync(db => db.Companies.SingleAsync(c => c.VatNumber == vat));
        Assert.Equal("015182", saved.MunicipalityIstat);
        Assert.Equal("H", saved.AtecoSection);
        Assert.Equal(Law68Quota.For(60).Total, saved.Law68QuotaTotal);
    }

    [Theory]
    [InlineData("12345678901", "Rho (MI)", "52.10", "La partita IVA non è valida")]
    [InlineData(null, "Atlantide", "52.10", "non trovato")]
    [InlineData(null, "999999", "52.10", "non corrisponde a nessun comune")]
    [InlineData(null, "Rho (MI)", "04.99", "ATECO 2007 non è valido")]
    public async Task Bad_input_gets_an_Italian_message_and_nothing_is_saved(string? vat, string municipality, string ateco, string message)
    {
        vat ??= await FreeVatAsync("7713" + municipality.Length);
        var name = "Azienda Errata " + Guid.NewGuid().ToString("N")[..6];
        using var client = await app.SignInAsync(DemoUsers.Account1);
        var response = await client.PostFormAsync("/Companies/Edit", "/Companies/Edit", Fields(name, vat, municipality, ateco));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.Companies.AnyAsync(c => c.LegalName == name)));
    }

    [Fact]
    public async Task A_second_company_with_the_same_VAT_number_is_refused_with_a_link_to_the_first()
    {
        var existing = await app.QueryAsync(db => db.Companies.OrderBy(c => c.Id).FirstAsync(c => c.VatNumber != null));
        using var client = await app.SignInAsync(DemoUsers.Account2);
        var response = await client.PostFormAsync("/Companies/Edit", "/Companies/Edit", Fields("Doppione S.r.l.", existing.VatNumber!));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"href=\"/Companies/Details/{existing.Id}\"", html, StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.Companies.AnyAsync(c => c.LegalName == "Doppione S.r.l.")));
    }

    [Fact]
    public async Task Two_users_editing_the_same_company_the_second_save_gets_a_conflict_and_overwrites_nothing()
    {
        var company = await app.QueryAsync(db => db.Companies.Include(c => c.Municipality).OrderByDescending(c => c.Id).FirstAsync(c => c.VatNumber != null && c.AtecoCode != null));
        using var first = await app.SignInAsync(DemoUsers.Account1);
        using var second = await app.SignInAsync(DemoUsers.Account2);
        Dictionary<string, string> Edit(string name) => new()
        {
            ["Input.LegalName"] = name,
            ["Input.VatNumber"] = company.VatNumber!,
            ["Input.AtecoCode"] = company.AtecoCode!,
            ["Input.Municipality"] = company.MunicipalityIstat!,
            ["Input.Status"] = company.Status.ToString(),
            ["Input.Version"] = company.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        var url = $"/Companies/Edit/{company.Id}";
        var saved = await first.PostFormAsync(url, url, Edit("Prima Modifica S.r.l."));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var conflict = await second.PostFormAsync(url, url, Edit("Seconda Modifica S.r.l."));
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("data-testid=\"conflict\"", await conflict.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Prima Modifica S.r.l.", await app.QueryAsync(db => db.Companies.Where(c => c.Id == company.Id).Select(c => c.LegalName).SingleAsync()));
    }

    [Fact]
    public async Task A_new_company_without_vat_and_a_similar_name_in_the_same_comune_is_warned_about_then_saved_on_confirmation()
    {
        var existing = new Company { LegalName = "Panetteria Brambillasca S.r.l.", Status = RelationshipStatus.Prospect, CreatedAt = DateTime.Now };
        existing.Rename(existing.LegalName);
        await app.QueryAsync(async db =>
        {
            existing.MunicipalityIstat = await db.Municipalities.Where(m => m.Name == "Rho").Select(m => m.IstatCode).SingleAsync();
            db.Companies.Add(existing);
            return await db.SaveChangesAsync();
        });
        var before = await app.QueryAsync(db => db.Companies.CountAsync());
        using var client = await app.SignInAsync(DemoUsers.Account1);

        var warned = await client.PostFormAsync("/Companies/Edit", "/Companies/Edit", Fields("PANETTERIA BRAMBILLASCA SRL", ""));
        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        var html = WebUtility.HtmlDecode(await warned.Content.ReadAsStringAsync());
        Assert.Contains("nome simile", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Companies/Details/{existing.Id}\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await app.QueryAsync(db => db.Companies.CountAsync()));

        var elsewhere = await client.PostFormAsync("/Companies/Edit", "/Companies/Edit", Fields("Panetteria Brambillasca S.n.c.", "", "Magenta (MI)"));
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);

        var confirmed = Fields("PANETTERIA BRAMBILLASCA SRL", "");
        confirmed["Input.ConfirmSimilar"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/Companies/Edit", "/Companies/Edit", confirmed)).StatusCode);
        Assert.Equal(before + 2, await app.QueryAsync(db => db.Companies.CountAsync()));
    }
}
