using System.Net;
using AeI.Crm.Users;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Tests.Pages.Admin;

/// <summary>An administrator cannot lock everyone out, nor leave a mediator without a caseload.</summary>
[Collection(SharedApp.Name)]
public class UsersTests(CrmAppFactory app)
{
    private Task<string> IdOfAsync(string email) => app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private static async Task<string> MessageAsync(SignedInClient client) => WebUtility.HtmlDecode(await client.GetPageAsync("/Admin/Users"));

    [Fact]
    public async Task An_admin_cannot_disable_himself()
    {
        var email = await app.CreateUserAsync(Roles.Admin);
        using var admin = await app.SignInAsync(email, CrmAppFactory.TestPassword);
        var response = await admin.PostFormAsync("/Admin/Users", $"/Admin/Users?handler=Toggle&id={await IdOfAsync(email)}", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Non puoi disattivare te stesso.", await MessageAsync(admin), StringComparison.Ordinal);
        Assert.True(await app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.IsActive).SingleAsync()));
    }

    [Fact]
    public async Task An_admin_cannot_take_away_his_own_admin_role()
    {
        var email = await app.CreateUserAsync(Roles.Admin);
        using var admin = await app.SignInAsync(email, CrmAppFactory.TestPassword);
        await admin.PostFormAsync("/Admin/Users", $"/Admin/Users?handler=Edit&id={await IdOfAsync(email)}", new() { ["Edit.FullName"] = "Admin", ["Edit.Role"] = Roles.Coordinator });
        Assert.Contains("Non puoi togliere a te stesso il ruolo di amministratore.", await MessageAsync(admin), StringComparison.Ordinal);
        Assert.True(await app.QueryAsync(db => db.UserRoles.AnyAsync(r => r.UserId == db.Users.Single(u => u.Email == email).Id && r.RoleId == db.Roles.Single(x => x.Name == Roles.Admin).Id)));
    }

    [Fact]
    public async Task An_admin_edits_a_users_name_and_role()
    {
        var email = await app.CreateUserAsync(Roles.AccountManager);
        using var admin = await app.SignInAsync(DemoUsers.Admin);
        var response = await admin.PostFormAsync("/Admin/Users", $"/Admin/Users?handler=Edit&id={await IdOfAsync(email)}", new() { ["Edit.FullName"] = "Nome Cambiato", ["Edit.Role"] = Roles.Coordinator });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("aggiornato", await MessageAsync(admin), StringComparison.Ordinal);
        var user = await app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => new { u.FullName, Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToList() }).SingleAsync());
        Assert.Equal("Nome Cambiato", user.FullName);
        Assert.Equal([Roles.Coordinator], user.Roles);
    }

    [Fact]
    public async Task A_mediator_cannot_be_left_without_caseloads()
    {
        var email = await app.CreateUserAsync(Roles.Mediator, CrmAppFactory.TestPassword, "SIL");
        var id = await IdOfAsync(email);
        using var admin = await app.SignInAsync(DemoUsers.Admin);
        await admin.PostFormAsync("/Admin/Users", $"/Admin/Users?handler=Caseloads&id={id}", []);
        Assert.Contains("Un mediatore deve appartenere ad almeno un servizio", await MessageAsync(admin), StringComparison.Ordinal);
        await admin.PostFormAsync("/Admin/Users", $"/Admin/Users?handler=Edit&id={id}", new() { ["Edit.FullName"] = "Mediatore", ["Edit.Role"] = Roles.Mediator });
        Assert.Equal(1, await app.QueryAsync(db => db.CaseloadMemberships.CountAsync(m => m.UserId == id)));
    }

    [Fact]
    public async Task Destructive_actions_ask_for_confirmation()
    {
        using var admin = await app.SignInAsync(DemoUsers.Admin);
        var html = await admin.GetPageAsync("/Admin/Users");
        foreach (var handler in new[] { "Toggle", "ResetPassword", "Edit" })
        {
            var forms = System.Text.RegularExpressions.Regex.Matches(html, $"<form[^>]*handler={handler}[^>]*>");
            Assert.NotEmpty(forms);
            Assert.All(forms, f => Assert.Contains("data-confirm=\"", f.Value, StringComparison.Ordinal));
        }
    }
}
