using System.Net;
using AeI.Crm.Activities;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Tests.Pages.Companies;

[Collection(SharedApp.Name)]
public class ActivityAndContactTests(CrmAppFactory app)
{
    [Fact]
    public async Task Logging_a_visit_with_a_next_step_updates_the_company_and_creates_a_follow_up()
    {
        var company = await app.QueryAsync(db => db.Companies.Where(c => c.Status == AeI.Crm.Companies.RelationshipStatus.Prospect).OrderBy(c => c.Id).FirstAsync());
        using var client = await app.SignInAsync(DemoUsers.Account1);
        var url = $"/Companies/Details/{company.Id}";
        var response = await client.PostFormAsync(url, url + "?handler=LogActivity", new()
        {
            ["Log.Type"] = "OnSiteVisit",
            ["Log.OccurredAt"] = DateTime.Now.AddHours(-1).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["Log.Outcome"] = "Positive",
            ["Log.Notes"] = "Visto il magazzino, cercano due mulettisti.",
            ["Log.NextStep"] = "Mandare i profili",
            ["Log.NextStepOn"] = DateTime.Today.AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var saved = await app.QueryAsync(db => db.Companies.Include(c => c.Activities).SingleAsync(c => c.Id == company.Id));
        Assert.Equal(AeI.Crm.Companies.RelationshipStatus.Visited, saved.Status);
        Assert.Equal(DateOnly.FromDateTime(DateTime.Now.AddHours(-1)), saved.LastContactOn);
        Assert.Contains(saved.Activities, a => a.Type == ActivityType.OnSiteVisit && a.Notes!.Contains("mulettisti", StringComparison.Ordinal));
        Assert.True(await app.QueryAsync(db => db.FollowUps.AnyAsync(f => f.CompanyId == company.Id && f.Subject == "Mandare i profili")));
    }

    [Fact]
    public async Task A_next_step_without_date_is_refused_and_nothing_is_saved()
    {
        var company = await app.QueryAsync(db => db.Companies.OrderBy(c => c.Id).Skip(5).FirstAsync());
        var before = await app.QueryAsync(db => db.Activities.CountAsync(a => a.CompanyId == company.Id));
        using var client = await app.SignInAsync(DemoUsers.Account1);
        var url = $"/Companies/Details/{company.Id}";
        var response = await client.PostFormAsync(url, url + "?handler=LogActivity", new()
        {
            ["Log.Type"] = "Call",
            ["Log.OccurredAt"] = "2026-01-10T10:00",
            ["Log.Outcome"] = "Neutral",
            ["Log.NextStep"] = "Richiamare",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Indica la data del prossimo passo", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await app.QueryAsync(db => db.Activities.CountAsync(a => a.CompanyId == company.Id)));
    }

    [Theory]
    [InlineData("Mario Bianchi", "non-una-mail", "02 1234567", "L'indirizzo e-mail non è valido")]
    [InlineData("Mario Bianchi", "mario@example.it", "12", "Il numero di telefono non è valido")]
    [InlineData("", "mario@example.it", "02 1234567", "Il nome del referente è obbligatorio")]
    public async Task A_contact_with_bad_input_is_not_saved(string name, string email, string phone, string message)
    {
        var companyId = await app.QueryAsync(db => db.Companies.OrderBy(c => c.Id).Skip(7).Select(c => c.Id).FirstAsync());
        var before = await app.QueryAsync(db => db.Contacts.CountAsync(c => c.CompanyId == companyId));
        using var client = await app.SignInAsync(DemoUsers.Account1);
        var response = await client.PostFormAsync($"/Contacts/Edit?companyId={companyId}", "/Contacts/Edit", new()
        {
            ["Input.CompanyId"] = companyId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.FullName"] = name,
            ["Input.Email"] = email,
            ["Input.Phone"] = phone,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await app.QueryAsync(db => db.Contacts.CountAsync(c => c.CompanyId == companyId)));
    }

    [Fact]
    public async Task A_contact_phone_is_stored_in_E164()
    {
        var companyId = await app.QueryAsync(db => db.Companies.OrderBy(c => c.Id).Skip(8).Select(c => c.Id).FirstAsync());
        using var client = await app.SignInAsync(DemoUsers.Account1);
        var response = await client.PostFormAsync($"/Contacts/Edit?companyId={companyId}", "/Contacts/Edit", new()
        {
            ["Input.CompanyId"] = companyId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.FullName"] = "Lucia Verdi",
            ["Input.Phone"] = "02 8765 4321",
            ["Input.ConsentToContact"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("+390287654321", await app.QueryAsync(db => db.Contacts.Where(c => c.CompanyId == companyId && c.FullName == "Lucia Verdi").Select(c => c.Phone).SingleAsync()));
    }
}
