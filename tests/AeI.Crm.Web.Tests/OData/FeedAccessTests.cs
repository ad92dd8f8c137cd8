using System.Net;
using System.Text.Json;
using AeI.Crm.Access;
using AeI.Crm.Audit;
using AeI.Crm.Users;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Tests.OData;

/// <summary>Who reads what through the feed: every entity set for every role, and the people fields by $select, $filter and $expand.</summary>
[Collection(SharedApp.Name)]
public sealed class FeedAccessTests(CrmAppFactory app)
{
    public static TheoryData<string, string> RolesAndSets()
    {
        var data = new TheoryData<string, string>();
        foreach (var role in new[] { DemoUsers.Admin, DemoUsers.Coordinator, DemoUsers.Account1, DemoUsers.MediatorCelav })
        {
            foreach (var set in new[] { "Companies", "Contacts", "Activities", "Vacancies", "Placements", "Caseloads", "FollowUps", "Candidates" })
            {
                data.Add(role, set);
            }
        }

        return data;
    }

    /// <summary>The rows a role may read of a set, counted from the entities with the pages' own rules.</summary>
    private async Task<int> ExpectedCountAsync(string email, string set) => await app.QueryAsync(async db =>
    {
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var roles = (await db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync()).ToHashSet();
        var caseloads = (await db.CaseloadMemberships.Where(m => m.UserId == user.Id).Select(m => m.CaseloadId).ToListAsync()).ToHashSet();
        var viewer = new Viewer(user.Id, roles, roles.Contains(Roles.Mediator) ? caseloads : new HashSet<int>());
        return set switch
        {
            "Companies" => await db.Companies.CountAsync(),
            "Contacts" => await db.Contacts.CountAsync(),
            "Activities" => await db.Activities.CountAsync(a => a.RemovedAt == null),
            "Vacancies" => await db.Vacancies.CountAsync(),
            "Placements" => await PeopleAccess.Placements(db, viewer).CountAsync(),
            "Caseloads" => await db.Caseloads.CountAsync(),
            "FollowUps" => viewer.IsCoordinator ? await db.FollowUps.CountAsync() : await db.FollowUps.CountAsync(f => f.OwnerId == user.Id),
            _ => await PeopleAccess.Candidates(db, viewer).CountAsync(),
        };
    });

    [Theory]
    [MemberData(nameof(RolesAndSets))]
    public async Task Every_role_reads_exactly_its_rows_of_every_set(string email, string set)
    {
        using var feed = await FeedClient.ForAsync(app, email);
        var page = await feed.JsonAsync($"/odata/{set}?$count=true&$top=1");
        Assert.Equal(await ExpectedCountAsync(email, set), page.GetProperty("@odata.count").GetInt32());
    }

    private static readonly string[] PersonalFields = ["FirstName", "LastName", "Email", "Phone", "BirthYear", "Gender", "ResidenceIstat", "TargetGroup", "ProtectedCategory"];

    [Theory]
    [InlineData(DemoUsers.Coordinator)]
    [InlineData(DemoUsers.Account1)]
    [InlineData(DemoUsers.MediatorNil)]
    public async Task People_outside_the_readers_caseloads_are_pseudonymous_whatever_the_query(string email)
    {
        using var feed = await FeedClient.ForAsync(app, email);
        var own = await app.QueryAsync(db => db.CaseloadMemberships.Where(m => m.User!.Email == email).Select(m => m.CaseloadId).ToListAsync());
        var select = string.Join(',', PersonalFields);
        var rows = (await feed.JsonAsync($"/odata/Candidates?$select=Id,CaseloadId,FullView,{select}&$top=1000")).Rows();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var mine = own.Contains(row.GetProperty("CaseloadId").GetInt32());
            Assert.Equal(mine, row.GetProperty("FullView").GetBoolean());
            Assert.All(PersonalFields, f => Assert.Equal(mine, row.GetProperty(f).ValueKind != JsonValueKind.Null || (f is "Email" or "Phone" or "ResidenceIstat" && mine)));
        }

        // Filtering, ordering or grouping on a hidden field sees only nulls: it cannot tell people apart.
        var refugees = await feed.JsonAsync("/odata/Candidates?$count=true&$top=0&$filter=TargetGroup eq 'Refugee'");
        var expectedRefugees = await app.QueryAsync(db => db.Candidates.CountAsync(c => own.Contains(c.CaseloadId) && c.TargetGroup == Candidates.TargetGroup.Refugee));
        Assert.Equal(expectedRefugees, refugees.GetProperty("@odata.count").GetInt32());
        var groups = (await feed.JsonAsync("/odata/Candidates?$apply=groupby((TargetGroup),aggregate($count as N))")).Rows();
        if (own.Count == 0)
        {
            Assert.Single(groups);
            Assert.Equal(JsonValueKind.Null, groups[0].GetProperty("TargetGroup").ValueKind);
        }

        // The same through $expand from placements and from positions.
        var viaPlacements = (await feed.JsonAsync($"/odata/Placements?$top=500&$select=Id&$expand=Candidate($select=CaseloadId,{select})")).Rows();
        Assert.All(viaPlacements, p =>
        {
            var person = p.GetProperty("Candidate");
            if (!own.Contains(person.GetProperty("CaseloadId").GetInt32()))
            {
                Assert.All(PersonalFields, f => Assert.Equal(JsonValueKind.Null, person.GetProperty(f).ValueKind));
            }
        });
    }

    [Fact]
    public async Task An_account_manager_expands_only_the_placements_of_their_own_positions()
    {
        using var feed = await FeedClient.ForAsync(app, DemoUsers.Account1);
        var expected = await ExpectedCountAsync(DemoUsers.Account1, "Placements");
        var vacancies = (await feed.JsonAsync("/odata/Vacancies?$top=5000&$select=Id&$expand=Placements($select=Id)")).Rows();
        Assert.Equal(expected, vacancies.Sum(v => v.GetProperty("Placements").GetArrayLength()));
        var people = (await feed.JsonAsync("/odata/Candidates?$top=5000&$select=Id&$expand=Placements($select=Id)")).Rows();
        Assert.Equal(expected, people.Sum(v => v.GetProperty("Placements").GetArrayLength()));
        Assert.True(expected < await app.QueryAsync(db => db.Placements.CountAsync()));
    }

    [Fact]
    public async Task Follow_up_subjects_are_only_the_owners()
    {
        using var feed = await FeedClient.ForAsync(app, DemoUsers.Coordinator);
        var me = await app.QueryAsync(db => db.Users.Where(u => u.Email == DemoUsers.Coordinator).Select(u => u.Id).SingleAsync());
        var rows = (await feed.JsonAsync("/odata/FollowUps?$top=5000&$select=OwnerId,Subject,CandidateId")).Rows();
        var others = rows.Where(r => r.GetProperty("OwnerId").GetString() != me).ToList();
        Assert.NotEmpty(others);
        Assert.All(others, r => Assert.Equal(JsonValueKind.Null, r.GetProperty("Subject").ValueKind));
    }

    [Fact]
    public async Task Revoked_expired_and_unknown_tokens_are_refused_and_tokens_never_write()
    {
        var (live, liveId) = await FeedClient.TokenForAsync(app, DemoUsers.Coordinator);
        var (expired, _) = await FeedClient.TokenForAsync(app, DemoUsers.Coordinator, TimeSpan.FromDays(30), DateTime.UtcNow.AddDays(-31));
        var (revoked, revokedId) = await FeedClient.TokenForAsync(app, DemoUsers.Coordinator);
        await app.QueryAsync(db => db.AccessTokens.Where(t => t.Id == revokedId).ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedUtc, DateTime.UtcNow)));

        using var ok = FeedClient.With(app, live);
        Assert.Equal(HttpStatusCode.OK, (await ok.GetAsync(new Uri("/odata/Caseloads", UriKind.Relative))).StatusCode);
        foreach (var secret in new[] { expired, revoked, live[..^1] + (live[^1] == '0' ? '1' : '0'), "aei_" })
        {
            using var refused = FeedClient.With(app, secret);
            Assert.Equal(HttpStatusCode.Unauthorized, (await refused.GetAsync(new Uri("/odata/Caseloads", UriKind.Relative))).StatusCode);
        }

        // A token is no way into the pages, nor into a write.
        Assert.Equal(HttpStatusCode.Redirect, (await ok.GetAsync(new Uri("/Companies", UriKind.Relative))).StatusCode);
        using var content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.Unauthorized, (await ok.PostAsync(new Uri("/odata/Caseloads", UriKind.Relative), content)).StatusCode);

        // Every use is audited: who, what, when, the options used, never their values.
        await ok.GetAsync(new Uri("/odata/Companies?$filter=LegalName eq 'Segreto SpA'&$top=1", UriKind.Relative));
        var audit = await app.QueryAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.TokenUse && a.Detail!.Contains($"token={liveId};")).ToListAsync());
        var use = Assert.Single(audit, a => a.Target == "/odata/Companies");
        Assert.Equal("token=" + liveId + "; options=$filter,$top", use.Detail);
        Assert.DoesNotContain(audit, a => (a.Detail ?? "").Contains("Segreto", StringComparison.Ordinal) || a.Target.Contains("Segreto", StringComparison.Ordinal));
    }
}
