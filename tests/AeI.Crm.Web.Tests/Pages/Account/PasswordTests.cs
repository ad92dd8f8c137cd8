using System.Net;
using AeI.Crm.Users;
using AeI.Crm.Web.Accounts;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AeI.Crm.Web.Tests.Pages.Account;

/// <summary>NIST 800-63B: length and a list of common passwords, no composition rules.</summary>
[Collection(SharedApp.Name)]
public class PasswordTests(CrmAppFactory app)
{
    private static async Task<HttpResponseMessage> ChangeAsync(SignedInClient client, string current, string next) =>
        await client.PostFormAsync("/Account/Password", "/Account/Password", new()
        {
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = next,
            ["Input.ConfirmPassword"] = next,
        });

    [Fact]
    public void The_common_password_list_has_at_least_ten_thousand_entries()
    {
        var list = app.Services.GetRequiredService<CommonPasswords>();
        Assert.True(list.Count >= 10_000, $"{list.Count} entries");
        Assert.True(list.Contains("password"));
        Assert.True(list.Contains("QWERTYUIOPASDFGHJKL".ToLowerInvariant()) || list.Contains("1qaz2wsx3edc"));
    }

    [Fact]
    public async Task A_long_passphrase_without_symbols_is_accepted()
    {
        var email = await app.CreateUserAsync(Roles.Coordinator);
        using var client = await app.SignInAsync(email, CrmAppFactory.TestPassword);
        var response = await ChangeAsync(client, CrmAppFactory.TestPassword, "correct horse battery staple");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var again = await app.SignInAsync(email, "correct horse battery staple");
    }

    [Theory]
    [InlineData("Password1!", "da 12 a 128")]
    [InlineData("qwertyuiopasdfgh", "più usate")]
    [InlineData("1qaz2wsx3edc", "più usate")]
    [InlineData("aaaaaaaaaaaaaaaa", "caratteri diversi")]
    public async Task Short_common_or_repetitive_passwords_are_refused_with_a_reason(string password, string reason)
    {
        var email = await app.CreateUserAsync(Roles.Coordinator);
        using var client = await app.SignInAsync(email, CrmAppFactory.TestPassword);
        var response = await ChangeAsync(client, CrmAppFactory.TestPassword, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(reason, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        // Nothing changed: the old password still works.
        using var again = await app.SignInAsync(email, CrmAppFactory.TestPassword);
    }

    [Fact]
    public async Task A_wrong_current_password_changes_nothing()
    {
        var email = await app.CreateUserAsync(Roles.Coordinator);
        using var client = await app.SignInAsync(email, CrmAppFactory.TestPassword);
        var response = await ChangeAsync(client, "non è quella attuale", "una frase nuova abbastanza lunga");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("La password attuale non è corretta.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        using var again = await app.SignInAsync(email, CrmAppFactory.TestPassword);
    }

    [Fact]
    public async Task A_user_created_by_the_admin_must_choose_a_password_at_the_first_sign_in()
    {
        using var admin = await app.SignInAsync(DemoUsers.Admin);
        var email = $"nuovo-{Guid.NewGuid():N}@prova.local";
        var created = await admin.PostFormAsync("/Admin/Users", "/Admin/Users?handler=Create", new()
        {
            ["Input.Email"] = email,
            ["Input.FullName"] = "Nuova Coordinatrice",
            ["Input.Role"] = Roles.Coordinator,
            ["Input.Password"] = "password iniziale scelta dall'admin",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        using var user = await app.SignInAsync(email, "password iniziale scelta dall'admin");
        var home = await user.GetAsync("/Companies");
        Assert.Equal("/Account/Password", home.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/api/lookup/occupations?q=cuoco")).StatusCode);
    }
}
