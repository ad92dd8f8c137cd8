using System.ComponentModel.DataAnnotations;
using AeI.Crm.Users;
using AeI.Crm.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AeI.Crm.Web.Pages.Account;

/// <summary>The signed-in user changes their own password; required after an administrator's reset.</summary>
public class PasswordModel(SignInManager<CrmUser> signIn) : PageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Required { get; private set; }

    public void OnGet() => Required = User.HasClaim(c => c.Type == CrmClaimsPrincipalFactory.MustChangePasswordClaim);

    public async Task<IActionResult> OnPostAsync()
    {
        Required = User.HasClaim(c => c.Type == CrmClaimsPrincipalFactory.MustChangePasswordClaim);
        if (Input.NewPassword != Input.ConfirmPassword)
        {
            ModelState.AddModelError("Input.ConfirmPassword", "Le due password nuove non coincidono.");
        }

        if (Input.NewPassword == Input.CurrentPassword)
        {
            ModelState.AddModelError("Input.NewPassword", "La password nuova deve essere diversa da quella attuale.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var users = signIn.UserManager;
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        user.MustChangePassword = false;
        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.CurrentPassword" : "Input.NewPassword", error.Description);
            }

            return Page();
        }

        // The new security stamp ends every session of this user, this one too: sign in with the new password.
        await signIn.SignOutAsync();
        TempData["Message"] = "Password cambiata: accedi con la nuova password. Le altre sessioni aperte con questo utente sono state chiuse.";
        return RedirectToPage("/Account/Login", new { ReturnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/" });
    }

    public sealed class PasswordInput
    {
        [Required(ErrorMessage = "Indica la password attuale.")]
        [StringLength(CommonPasswordValidator.MaximumLength, ErrorMessage = "La password è troppo lunga.")]
        [DataType(DataType.Password)]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "Indica la password nuova.")]
        [StringLength(CommonPasswordValidator.MaximumLength, MinimumLength = AccountRules.MinimumPasswordLength, ErrorMessage = "La password nuova deve avere da 12 a 128 caratteri.")]
        [DataType(DataType.Password)]
        public string NewPassword { get; set; } = "";

        [Required(ErrorMessage = "Ripeti la password nuova.")]
        [DataType(DataType.Password)]
        public string ConfirmPassword { get; set; } = "";
    }
}
