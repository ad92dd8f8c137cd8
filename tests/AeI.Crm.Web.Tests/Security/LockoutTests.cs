using System.Net;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AeI.Crm.Web.Tests.Security;

[Collection(SharedApp.Name)]
public class LockoutTests(CrmAppFactory app)
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        using var client = new SignedInClient(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["Input.Email"] = "account10@demo.local", ["Input.Password"] = "sbagliata" + i });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var right = await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["Input.Email"] = "account10@demo.local", ["Input.Password"] = "Demo2020!" });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("bloccato", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
