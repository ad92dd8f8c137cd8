namespace AeI.Crm.Web.Accounts;

/// <summary>
/// A user whose password an administrator chose reaches only the password page (and logout) until
/// they choose their own; API calls get 403.
/// </summary>
public static class PasswordChangeGate
{
    public const string PasswordPage = "/Account/Password";

    public static IApplicationBuilder UsePasswordChangeGate(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if (context.User.HasClaim(c => c.Type == CrmClaimsPrincipalFactory.MustChangePasswordClaim)
                && !path.StartsWithSegments(PasswordPage, StringComparison.OrdinalIgnoreCase)
                && !path.StartsWithSegments("/Account/Logout", StringComparison.OrdinalIgnoreCase))
            {
                if (path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                }
                else
                {
                    context.Response.Redirect(PasswordPage);
                }

                return;
            }

            await next(context);
        });
}
