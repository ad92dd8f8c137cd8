using AeI.Crm.Persistence;
using AeI.Crm.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace AeI.Crm.Web.Tests.Infrastructure;

/// <summary>The real app on a real SQLite file in a fresh folder, loaded with the demo.</summary>
public sealed class CrmAppFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "aei-crm-tests-" + Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(_folder, "aei-crm.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataFolder", _folder);
        // The scheduler stays off: tests run the jobs themselves, so counts do not move under them.
        builder.UseSetting("FollowUps:Schedule:Enabled", "false");
        builder.UseSetting("Demo:Enabled", "true");
    }

    public CrmDbContext NewDbContext(out IServiceScope scope)
    {
        scope = Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<CrmDbContext>();
    }

    public async Task<T> QueryAsync<T>(Func<CrmDbContext, Task<T>> query)
    {
        using var scope = Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<CrmDbContext>());
    }

    public async Task<SignedInClient> SignInAsync(string email, string password = "Demo2020!")
    {
        var cookies = new CookieContainerHandler();
        var client = new SignedInClient(CreateDefaultClient(cookies), cookies);
        var response = await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)response.StatusCode}");
        }

        return client;
    }

    /// <summary>A user of its own for a test that changes or locks it; returns its e-mail.</summary>
    public async Task<string> CreateUserAsync(string role, string password = TestPassword, params string[] caseloadCodes)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var email = $"test-{Guid.NewGuid():N}@prova.local";
        var user = new CrmUser { UserName = email, Email = email, EmailConfirmed = true, FullName = "Utente Di Prova" };
        var result = await users.CreateAsync(user, password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        foreach (var code in caseloadCodes)
        {
            var caseload = await db.Caseloads.SingleAsync(c => c.Code == code);
            db.CaseloadMemberships.Add(new CaseloadMembership { UserId = user.Id, CaseloadId = caseload.Id });
        }

        await db.SaveChangesAsync();
        return email;
    }

    public const string TestPassword = "cavallo batteria graffetta corretta";

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        TestFolder.Delete(_folder);
    }
}

[CollectionDefinition(Name)]
public sealed class SharedApp : ICollectionFixture<CrmAppFactory>
{
    public const string Name = "app";
}
