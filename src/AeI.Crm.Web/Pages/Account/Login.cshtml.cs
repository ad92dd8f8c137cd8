using System.ComponentModel.DataAnnotations;
using AeI.Crm.Users;
using AeI.Crm.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AeI.Crm.Web.Pages.Account;

/// <summary>
/// Sign-in. Unknown e-mail, wrong password, disabled and locked-out users get the same message after
/// the same work (one password hash check), so the form tells nobody which accounts exist.
/// </summary>
[AllowAnonymous]
public class LoginModel(SignInManager<CrmUser> signIn, SignInTiming timing) : PageModel
{
    public const string Refused = "E-mail o password non corretti, oppure accesso non consentito. Dopo 5 tentativi sbagliati l'accesso resta sospeso per 15 minuti; se non riesci ad accedere, rivolgiti all'amministratore.";

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var users = signIn.UserManager;
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is null || !user.IsActive || await users.IsLockedOutAsync(user))
        {
            // The same hash work as a real check, so the answer takes as long.
            timing.SpendPasswordCheck(user, Input.Password);
            ModelState.AddModelError("", Refused);
            return Page();
        }

        var result = await signIn.CheckPasswordSignInAsync(user, Input.Password, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", Refused);
            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false);
        var target = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
        return user.MustChangePassword
            ? RedirectToPage("/Account/Password", new { ReturnUrl = target })
            : LocalRedirect(target);
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Indica l'e-mail.")]
        [StringLength(256, ErrorMessage = "L'e-mail è troppo lunga.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Indica la password.")]
        [StringLength(CommonPasswordValidator.MaximumLength, ErrorMessage = "La password è troppo lunga.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";
    }
}
