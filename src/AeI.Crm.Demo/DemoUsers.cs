using AeI.Crm.Caseloads;
using AeI.Crm.Persistence;
using AeI.Crm.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Demo;

/// <summary>The demo's sign-ins, all with <see cref="Demo2020Figures.DemoPassword"/>.</summary>
internal static class DemoUsers
{
    public sealed record Created(
        CrmUser Admin,
        CrmUser Coordinator,
        IReadOnlyList<CrmUser> AccountManagers,
        IReadOnlyDictionary<string, IReadOnlyList<CrmUser>> MediatorsByCaseload);

    public static async Task<Created> CreateAsync(CrmDbContext db, UserManager<CrmUser> users, Bogus.Faker faker, CancellationToken ct)
    {
        var caseloads = await db.Caseloads.ToDictionaryAsync(c => c.Code, ct);
        var admin = await CreateAsync(users, "admin@demo.local", "Amministratore Demo", Roles.Admin);
        var coordinator = await CreateAsync(users, "coordinatore@demo.local", "Giulia Ferrari", Roles.Coordinator);
        var accounts = new List<CrmUser>();
        for (var i = 1; i <= 10; i++)
        {
            accounts.Add(await CreateAsync(users, $"account{i}@demo.local", faker.Name.FullName(), Roles.AccountManager));
        }

        var mediators = new Dictionary<string, IReadOnlyList<CrmUser>>
        {
            ["CeLAV"] = [
                await CreateAsync(users, "mediatore.celav@demo.local", faker.Name.FullName(), Roles.Mediator),
                await CreateAsync(users, "mediatore2.celav@demo.local", faker.Name.FullName(), Roles.Mediator),
                await CreateAsync(users, "mediatore3.celav@demo.local", faker.Name.FullName(), Roles.Mediator),
            ],
            ["NIL"] = [
                await CreateAsync(users, "mediatore.nil@demo.local", faker.Name.FullName(), Roles.Mediator),
                await CreateAsync(users, "mediatore2.nil@demo.local", faker.Name.FullName(), Roles.Mediator),
            ],
            ["SIL"] = [
                await CreateAsync(users, "mediatore.sil@demo.local", faker.Name.FullName(), Roles.Mediator),
            ],
        };

        foreach (var (code, list) in mediators)
        {
            foreach (var m in list)
            {
                db.CaseloadMemberships.Add(new CaseloadMembership { UserId = m.Id, CaseloadId = caseloads[code].Id });
            }
        }

        await db.SaveChangesAsync(ct);
        return new Created(admin, coordinator, accounts, mediators);
    }

    private static async Task<CrmUser> CreateAsync(UserManager<CrmUser> users, string email, string fullName, string role)
    {
        var user = new CrmUser { UserName = email, Email = email, EmailConfirmed = true, FullName = fullName };
        // The demo's documented password predates the password policy: it is set directly, demo only.
        user.PasswordHash = users.PasswordHasher.HashPassword(user, Demo2020Figures.DemoPassword);
        var result = await users.CreateAsync(user);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo user {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }

        await users.AddToRoleAsync(user, role);
        return user;
    }

    public static Caseload Find(IEnumerable<Caseload> caseloads, string code) => caseloads.Single(c => c.Code == code);
}
