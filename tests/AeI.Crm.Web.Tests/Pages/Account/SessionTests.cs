using System.Net;
using AeI.Crm.Users;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Tests.Pages.Account;

/// <summary>A session ends on logout and whenever an administrator changes what the user may do.</summary>
[Collection(SharedApp.Name)]
public class SessionTests(CrmAppFactory app)
{
    private static void AssertSentToSignIn(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private async Task<string> IdOfAsync(string email) => await app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private async Task<(SignedInClient Client, string Url)> MediatorOnOwnPersonAsync(string email)
    {
        var client = await app.SignInAsync(email, CrmAppFactory.TestPassword);
        var person = await app.QueryAsync(db => db.Candidates.Where(c => c.Caseload!.Code == "CeLAV").Select(c => c.Id).FirstAsync());
        var url = $"/Candidates/Details/{person}";
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        return (client, url);
    }

    [Fact]
    public async Task A_disabled_users_open_session_is_refused_at_the_next_request()
    {
        var email = await app.CreateUserAsync(Roles.Mediator, CrmAppFactory.TestPassword, "CeLAV");
        var (client, url) = await MediatorOnOwnPersonAsync(email);
        using var admin = await app.SignInAsync(DemoUsers.Admin);
        var toggled = await admin.PostFormAsync("/Admin/Users", $"/Admin/Users?handler=Toggle&id={await IdOfAsync(email)}", []);
        Assert.Equal(HttpStatusCode.Redirect, toggled.StatusCode);

        AssertSentToSignIn(await client.GetAsync(url));
        AssertSentToSignIn(await client.GetAsync("/Candidates/Edit"));
        client.Dispose();
    }

    [Fact]
    public async Task Removing_a_caseload_ends_the_mediators_session()
    {
        var email = await app.CreateUserAsync(Roles.Mediator, CrmAppFactory.TestPassword, "CeLAV", "NIL");
        var (client, url) = await MediatorOnOwnPersonAsync(email);
        var nil = await app.QueryAsync(db => db.Caseloads.Where(c => c.Code == "NIL").Select(c => c.Id).SingleAsync());
        using var admin = await app.SignInAsync(DemoUsers.Admin);
        var saved = await admin.PostFormAsync("/Admin/Users", $"/Admin/Users?handler=Caseloads&id={await IdOfAsync(email)}", new() { ["caseloadIds"] = nil.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        AssertSentToSignIn(await client.GetAsync(url));
        client.Dispose();
    }

    [Fact]
    public async Task Changing_the_role_ends_the_session()
    {
        var email = await app.CreateUserAsync(Roles.Mediator, CrmAppFactory.TestPassword, "CeLAV");
        var (client, url) = await MediatorOnOwnPersonAsync(email);
        using var admin = await app.SignInAsync(DemoUsers.Admin);
        var saved = await admin.PostFormAsync("/Admin/Users", $"/Admin/Users?handler=Edit&id={await IdOfAsync(email)}", new() { ["Edit.FullName"] = "Ex Mediatore", ["Edit.Role"] = Roles.AccountManager });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal([Roles.AccountManager], await app.QueryAsync(db => db.UserRoles.Where(r => r.UserId == db.Users.Single(u => u.Email == email).Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync()));

        AssertSentToSignIn(await client.GetAsync(url));
        client.Dispose();
    }

    [Fact]
    public async Task A_password_reset_ends_the_session_and_asks_for_a_new_password()
    {
        var email = await app.CreateUserAsync(Roles.Mediator, CrmAppFactory.TestPassword, "CeLAV");
        var (client, url) = await MediatorOnOwnPersonAsync(email);
        using var admin = await app.SignInAsync(DemoUsers.Admin);
        const string temporary = "temporanea per il primo accesso";
        var reset = await admin.PostFormAsync("/Admin/Users", $"/Admin/Users?handler=ResetPassword&id={await IdOfAsync(email)}", new() { ["newPassword"] = temporary });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        AssertSentToSignIn(await client.GetAsync(url));
        client.Dispose();

        // Signed in with the temporary password, every page leads to the password page until it is changed.
        using var again = await app.SignInAsync(email, temporary);
        var page = await again.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/Account/Password", page.Headers.Location!.OriginalString);
        var changed = await again.PostFormAsync("/Account/Password", "/Account/Password", new()
        {
            ["Input.CurrentPassword"] = temporary,
            ["Input.NewPassword"] = "una frase tutta mia per entrare",
            ["Input.ConfirmPassword"] = "una frase tutta mia per entrare",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.StartsWith("/Account/Login", changed.Headers.Location!.OriginalString, StringComparison.Ordinal);
        AssertSentToSignIn(await again.GetAsync(url));
        using var withNew = await app.SignInAsync(email, "una frase tutta mia per entrare");
        Assert.Equal(HttpStatusCode.OK, (await withNew.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task A_cookie_copied_before_logout_is_refused_after_it()
    {
        using var client = await app.SignInAsync(DemoUsers.Coordinator);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Companies")).StatusCode);
        var cookie = client.CookieHeader();

        var logout = await client.PostFormAsync("/Companies", "/Account/Logout", []);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        using var thief = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Companies");
        request.Headers.Add("Cookie", cookie);
        AssertSentToSignIn(await thief.SendAsync(request));
    }

    [Fact]
    public async Task A_session_survives_other_users_changes()
    {
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        var other = await app.CreateUserAsync(Roles.AccountManager);
        using var admin = await app.SignInAsync(DemoUsers.Admin);
        await admin.PostFormAsync("/Admin/Users", $"/Admin/Users?handler=Toggle&id={await IdOfAsync(other)}", []);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/Companies")).StatusCode);
    }
}
