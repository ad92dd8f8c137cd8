using AeI.Crm.Persistence;
using AeI.Crm.Web.Infrastructure;

try
{
    var builder = WebApplication.CreateBuilder(args);
    // A start that fails is reported below (one line for a refusal, the exception otherwise), not twice.
    builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
    builder.AddCrm();

    var app = builder.Build();
    app.UseCrm();
    await app.RunAsync();
    return 0;
}
catch (StartupRefusedException refused)
{
    // One line the operator can act on, not a stack trace.
    await Console.Error.WriteLineAsync(refused.Message);
    return 1;
}

/// <summary>Entry point, public for WebApplicationFactory in the tests.</summary>
public partial class Program;
