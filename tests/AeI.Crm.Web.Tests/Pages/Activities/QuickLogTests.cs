using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AeI.Crm.Activities;
using AeI.Crm.Contacts;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Tests.Pages.Activities;

/// <summary>The quick log (dialog posting with fetch, or its own page without script) and the rules it shares with the company page.</summary>
[Collection(SharedApp.Name)]
public class QuickLogTests(CrmAppFactory app)
{
    private static string Now => AeI.Crm.Notifications.Scheduling.ItalianCalendar.LocalTime(DateTimeOffset.UtcNow).AddMinutes(-5).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    private static DateOnly Today => AeI.Crm.Notifications.Scheduling.ItalianCalendar.Today(DateTimeOffset.UtcNow);

    private async Task<int> CompanyAsync(int skip) => await app.QueryAsync(db => db.Companies.OrderByDescending(c => c.Id).Skip(skip).Select(c => c.Id).FirstAsync());

    private Task<int> CountAsync(int companyId) => app.QueryAsync(db => db.Activities.CountAsync(a => a.CompanyId == companyId));

    private static async Task<HttpResponseMessage> PostJsonAsync(SignedInClient client, int companyId, Dictionary<string, string> fields)
    {
        var token = await client.AntiforgeryTokenAsync();
        fields["__RequestVerificationToken"] = token;
        fields["CompanyId"] = companyId.ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Activities/Quick") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return await client.Http.SendAsync(request);
    }

    private static async Task<List<string>> ErrorsAsync(HttpResponseMessage response)
    {
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(json.GetProperty("ok").GetBoolean());
        return json.GetProperty("errors").EnumerateObject().SelectMany(p => p.Value.EnumerateArray().Select(e => e.GetString()!)).ToList();
    }

    [Fact]
    public async Task A_call_logged_from_the_dialog_is_saved_with_its_line_breaks_and_next_step()
    {
        var companyId = await CompanyAsync(1);
        using var client = await app.SignInAsync(DemoUsers.Account1);

        var response = await PostJsonAsync(client, companyId, new()
        {
            ["Input.Type"] = "Call", ["Input.OccurredAt"] = Now, ["Input.Outcome"] = "Neutral",
            ["Input.Notes"] = "Prima riga\nSeconda riga", ["Input.NextStep"] = "Richiamare il 15",
            ["Input.NextStepOn"] = Today.AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(json.GetProperty("ok").GetBoolean());
        Assert.StartsWith("Attività registrata", json.GetProperty("message").GetString(), StringComparison.Ordinal);
        var id = json.GetProperty("activityId").GetInt32();
        var saved = await app.QueryAsync(db => db.Activities.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal(("Prima riga\nSeconda riga", ActivityOutcome.Neutral, companyId), (saved.Notes, saved.Outcome, saved.CompanyId));
        Assert.True(await app.QueryAsync(db => db.FollowUps.AnyAsync(f => f.ActivityId == id)));
        var page = WebUtility.HtmlDecode(await client.GetPageAsync($"/Companies/Details/{companyId}"));
        Assert.Contains("class=\"text-prewrap\">Prima riga\nSeconda riga<", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "2", "Indica l'esito.")]
    [InlineData("Neutral", "-1", "Il prossimo passo non può essere nel passato.")]
    public async Task A_log_without_outcome_or_with_a_past_next_step_is_refused_and_nothing_is_saved(string outcome, string nextStepDays, string message)
    {
        var companyId = await CompanyAsync(2);
        var before = await CountAsync(companyId);
        using var client = await app.SignInAsync(DemoUsers.Account1);

        var response = await PostJsonAsync(client, companyId, new()
        {
            ["Input.Type"] = "Call", ["Input.OccurredAt"] = Now, ["Input.Outcome"] = outcome, ["Input.NextStep"] = "Richiamare",
            ["Input.NextStepOn"] = Today.AddDays(int.Parse(nextStepDays, CultureInfo.InvariantCulture)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, await ErrorsAsync(response));
        Assert.Equal(before, await CountAsync(companyId));
    }

    [Fact]
    public async Task A_contact_who_asked_not_to_be_contacted_needs_a_confirmation()
    {
        var companyId = await CompanyAsync(3);
        var contact = new Contact { CompanyId = companyId, FullName = "Renata Non Contattare", ConsentToContact = false };
        await app.QueryAsync(async db => { db.Contacts.Add(contact); return await db.SaveChangesAsync(); });
        var before = await CountAsync(companyId);
        using var client = await app.SignInAsync(DemoUsers.Account1);
        var fields = new Dictionary<string, string>
        {
            ["Input.Type"] = "Call", ["Input.OccurredAt"] = Now, ["Input.Outcome"] = "Negative",
            ["Input.ContactId"] = contact.Id.ToString(CultureInfo.InvariantCulture),
        };

        var refused = await PostJsonAsync(client, companyId, new(fields));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains(await ErrorsAsync(refused), e => e.Contains("non ha dato il consenso", StringComparison.Ordinal));
        Assert.Equal(before, await CountAsync(companyId));

        fields["Input.ConfirmNoConsent"] = "true";
        var accepted = await PostJsonAsync(client, companyId, fields);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(before + 1, await CountAsync(companyId));
    }

    [Fact]
    public async Task Without_script_the_form_is_a_page_that_returns_where_the_user_was()
    {
        var companyId = await CompanyAsync(4);
        using var client = await app.SignInAsync(DemoUsers.Account1);
        var url = $"/Activities/Quick?companyId={companyId}&returnUrl=%2FCompanies%3FQ%3Dsrl";

        var response = await client.PostFormAsync(url, url, new()
        {
            ["CompanyId"] = companyId.ToString(CultureInfo.InvariantCulture), ["ReturnUrl"] = "/Companies?Q=srl",
            ["Input.Type"] = "Email", ["Input.OccurredAt"] = Now, ["Input.Outcome"] = "NoAnswer",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Companies?Q=srl", response.Headers.Location?.OriginalString);
        var outside = await client.PostFormAsync(url, url, new()
        {
            ["CompanyId"] = companyId.ToString(CultureInfo.InvariantCulture), ["ReturnUrl"] = "https://example.com/",
            ["Input.Type"] = "Email", ["Input.OccurredAt"] = Now, ["Input.Outcome"] = "NoAnswer",
        });
        Assert.Equal($"/Companies/Details/{companyId}", outside.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData(DemoUsers.MediatorCelav)]
    [InlineData(DemoUsers.Coordinator)]
    public async Task Only_account_managers_log_contacts(string email)
    {
        var companyId = await CompanyAsync(5);
        using var client = await app.SignInAsync(email);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Activities/Quick?handler=Contacts&companyId={companyId}")).StatusCode);
        var response = await PostJsonAsync(client, companyId, new() { ["Input.Type"] = "Call", ["Input.OccurredAt"] = Now, ["Input.Outcome"] = "Neutral" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_company_page_form_starts_without_an_outcome_and_refuses_a_log_without_one()
    {
        var companyId = await CompanyAsync(6);
        var before = await CountAsync(companyId);
        using var client = await app.SignInAsync(DemoUsers.Account1);
        var url = $"/Companies/Details/{companyId}";

        var form = await client.GetPageAsync(url);
        var response = await client.PostFormAsync(url, url + "?handler=LogActivity", new() { ["Log.Type"] = "Call", ["Log.OccurredAt"] = Now });

        Assert.DoesNotMatch("<option selected=\"selected\" value=\"Positive\"", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Indica l'esito.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync(companyId));
    }
}
