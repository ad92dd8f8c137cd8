using AeI.Crm.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddCrm();

var app = builder.Build();
app.UseCrm();
await app.RunAsync();

/// <summary>Entry point, public for WebApplicationFactory in the tests.</summary>
public partial class Program;
