using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using AeI.Crm.Users;
using AeI.Crm.Web.Pages.Account;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AeI.Crm.Web.Tests.Pages.Account;

/// <summary>The sign-in form tells nobody which accounts exist, nor which are disabled or locked.</summary>
[Collection(SharedApp.Name)]
public partial class SignInTests(CrmAppFactory app)
{
    private SignedInClient Anonymous() => new(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

    private static async Task<(HttpStatusCode Status, string Message)> TryAsync(SignedInClient client, string email, string password)
    {
        var response = await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var summary = Summary().Match(html);
        return (response.StatusCode, summary.Success ? summary.Groups[1].Value.Trim() : "");
    }

    private Task DisableAsync(string email) => TestUsers.DisableAsync(app.Services, email);

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        var email = await app.CreateUserAsync(Roles.AccountManager);
        using var client = Anonymous();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await TryAsync(client, email, "sbagliata sbagliata " + i)).Status);
        }

        var right = await TryAsync(client, email, CrmAppFactory.TestPassword);
        Assert.Equal(HttpStatusCode.OK, right.Status);
        Assert.Equal(LoginModel.Refused, right.Message);
    }

    [Fact]
    public async Task Unknown_wrong_disabled_and_locked_get_the_same_message()
    {
        var wrong = await app.CreateUserAsync(Roles.AccountManager);
        var disabled = await app.CreateUserAsync(Roles.AccountManager);
        await DisableAsync(disabled);
        var locked = await app.CreateUserAsync(Roles.AccountManager);
        using var client = Anonymous();
        for (var i = 0; i < 5; i++)
        {
            await TryAsync(client, locked, "sbagliata sbagliata " + i);
        }

        var messages = new[]
        {
            await TryAsync(client, "nessuno-" + Guid.NewGuid().ToString("N") + "@prova.local", CrmAppFactory.TestPassword),
            await TryAsync(client, wrong, "non è la password giusta"),
            await TryAsync(client, disabled, CrmAppFactory.TestPassword),
            await TryAsync(client, locked, CrmAppFactory.TestPassword),
        };
        Assert.All(messages, m => Assert.Equal((HttpStatusCode.OK, LoginModel.Refused), m));
    }

    [GeneratedRegex("<div class=\"text-danger validation-summary-errors\"[^>]*><ul><li>([^<]*)</li>")]
    private static partial Regex Summary();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
