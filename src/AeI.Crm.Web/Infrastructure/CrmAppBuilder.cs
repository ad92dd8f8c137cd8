using System.Globalization;
using AeI.Crm.Demo;
using AeI.Crm.Occupations;
using AeI.Crm.Persistence;
using AeI.Crm.Users;
using AeI.Crm.Web.Api;
using AeI.Crm.Web.Pages.Candidates;
using AeI.Crm.Web.Pages.Placements;
using AeI.Crm.Web.Mapping;
using AeI.Crm.Web.Accounts;
using AeI.Crm.Web.SearchIndex;
using AeI.Crm.Web.FollowUps;
using AeI.Crm.Web.Importing;
using Microsoft.AspNetCore.Authentication.Cookies;
using AeI.Crm.Matching;
using AeI.Crm.Matching.Indexing;
using AeI.Crm.Matching.Ranking;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.OData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AeI.Crm.Web.Infrastructure;

/// <summary>Service registration and the request pipeline, so Program.cs stays short.</summary>
public static class CrmAppBuilder
{
    public static WebApplicationBuilder AddCrm(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<StorageOptions>().Bind(builder.Configuration.GetSection(StorageOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DemoOptions>().Bind(builder.Configuration.GetSection(DemoOptions.Section));
        services.AddOptions<PipelineBoardOptions>().Bind(builder.Configuration.GetSection(PipelineBoardOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BootstrapAdminOptions>().Bind(builder.Configuration.GetSection(BootstrapAdminOptions.Section));
        services.AddOptions<ReverseProxyOptions>().Bind(builder.Configuration.GetSection(ReverseProxyOptions.Section));

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(OccupationCatalog.Load());
        services.AddDbContext<CrmDbContext>((sp, options) => options.UseCrmDatabase(sp.GetRequiredService<IOptions<StorageOptions>>().Value));

        services.AddCrmIdentity();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.Name = "aei-crm";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the request came over HTTPS (directly or through a configured proxy).
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(9);
            // API callers get status codes, not the sign-in page.
            options.Events.OnRedirectToLogin = ctx => Redirect(ctx, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = ctx => Redirect(ctx, StatusCodes.Status403Forbidden);
        });
        // Sessions live in the database: logout and account changes end them on the next request.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<DatabaseTicketStore>((options, store) => options.SessionStore = store);
        services.AddAuthentication().AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, Accounts.AccessTokenHandler>(Accounts.AccessTokenHandler.SchemeName, null);
        services.AddAuthorization(Policies.Configure);

        // Sign-in cookies survive restarts: the keys live beside the database, not in the user's profile.
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        // Before anything opens a file there: created, writable, owner-only, or a one-line refusal.
        DataFolder.Prepare(storage);
        services.AddDataProtection()
            .SetApplicationName("AeI.Crm")
            .PersistKeysToFileSystem(new DirectoryInfo(storage.KeysPath));

        services.AddControllers().AddOData(o => o
            .Select().Filter().Expand().OrderBy().Count().SetMaxTop(OData.FeedQueryAttribute.MaxTopValue)
            .AddRouteComponents(OData.FeedModel.Route, OData.FeedModel.Model));
        services.AddLocalization();
        services.AddRazorPages()
            .AddViewLocalization()
            .AddDataAnnotationsLocalization()
            .AddMvcOptions(o =>
            {
                ItalianModelBinding.Apply(o.ModelBindingMessageProvider);
                o.ModelBinderProviders.Insert(0, new BooleanBinderProvider());
            });
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.Name = "aei-crm-msg";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "aei-crm-af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddScoped<Exports.AuditTrail>();
        services.AddScoped<Exports.ListExport>();
        services.AddScoped<CandidateAccess>();
        services.AddScoped<AeI.Crm.Web.Pages.Search.GlobalSearch>();
        services.AddScoped<AeI.Crm.Web.Pages.Diary.DiaryNotes>();
        services.AddScoped<PlacementMover>();
        services.AddScoped<Proposals>();
        services.AddSingleton(sp => new MatchingContext(sp.GetRequiredService<IOptions<StorageOptions>>().Value.LocalSynonymsPath));
        services.AddSingleton(sp => new CandidateIndex(sp.GetRequiredService<IOptions<StorageOptions>>().Value.IndexPath, sp.GetRequiredService<MatchingContext>()));
        services.AddSingleton(sp => new CandidateMatcher(sp.GetRequiredService<CandidateIndex>()));
        services.AddSingleton(sp => new VacancyIndex(sp.GetRequiredService<IOptions<StorageOptions>>().Value.VacancyIndexPath, sp.GetRequiredService<MatchingContext>()));
        services.AddSingleton(sp => new VacancyMatcher(sp.GetRequiredService<VacancyIndex>()));
        services.AddOptions<SearchIndexOptions>().Bind(builder.Configuration.GetSection(SearchIndexOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SearchIndexSync>();
        services.AddScoped<DemoSeeder>();
        services.AddHostedService<StartupTasks>();
        services.AddHostedService<SearchIndexCatchUpService>();
        services.AddFollowUps(builder.Configuration);
        services.AddImports(builder.Configuration);
        services.AddAutoMapper(cfg => cfg.LicenseKey = builder.Configuration["AutoMapper:LicenseKey"], typeof(CrmMappingProfile));
        return builder;
    }

    public static WebApplication UseCrm(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseCrmForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            // Sent only on HTTPS responses; browsers then refuse plain HTTP for this host.
            app.UseHsts();
        }

        // 404, 400, 403 without a body get the app's Italian page instead of the browser's own.
        app.UseWhen(
            ctx => !ctx.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                && !ctx.Request.Path.StartsWithSegments("/" + OData.FeedModel.Route, StringComparison.OrdinalIgnoreCase),
            branch => branch.UseStatusCodePagesWithReExecute("/Error", "?status={0}"));

        // Italian only: the texts are the keys of IStringLocalizer<UiText>; a second language needs its
        // UiText.<culture>.resx and its culture added here.
        var italian = new CultureInfo("it-IT");
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(italian),
            SupportedCultures = [italian],
            SupportedUICultures = [italian],
        });
        app.Use(async (ctx, next) =>
        {
            ctx.Response.Headers.XContentTypeOptions = "nosniff";
            ctx.Response.Headers.XFrameOptions = "DENY";
            ctx.Response.Headers["Referrer-Policy"] = "same-origin";
            // Hangfire's dashboard (admins only) carries its own inline styles and scripts.
            ctx.Response.Headers.ContentSecurityPolicy = ctx.Request.Path.StartsWithSegments("/hangfire", StringComparison.OrdinalIgnoreCase)
                ? "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'"
                : "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'";
            await next();
        });
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UsePasswordChangeGate();
        app.UseAuthorization();
        app.MapFollowUps();
        app.MapRazorPages();
        app.MapControllers();
        app.MapLookupApi();
        app.MapReportsApi();
        app.MapCalendarFeed();
        return app;
    }

    private static Task Redirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int apiStatus)
    {
        if (ctx.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || ctx.Request.Path.StartsWithSegments("/" + OData.FeedModel.Route, StringComparison.OrdinalIgnoreCase))
        {
            ctx.Response.StatusCode = apiStatus;
        }
        else
        {
            ctx.Response.Redirect(ctx.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
