namespace KhanhHoa.Governance.Web.Storage;

/// <summary>A person who signs in: a unit's clerk, the standing office or an administrator.</summary>
internal sealed class Account
{
    /// <summary>The key.</summary>
    public int Id { get; set; }

    /// <summary>The sign-in name (a clerk's is the unit code in lower case).</summary>
    public required string UserName { get; set; }

    /// <summary>The unit a clerk sends for; <see langword="null"/> for the office and administrators.</summary>
    public string? UnitCode { get; set; }

    /// <summary>One of <see cref="Accounts.Roles"/>.</summary>
    public required string Role { get; set; }

    /// <summary>The password hash (ASP.NET Core Identity's hasher: PBKDF2 with a salt).</summary>
    public required string PasswordHash { get; set; }

    /// <summary>Wrong passwords since the last good one.</summary>
    public int FailedSignIns { get; set; }

    /// <summary>Until when sign-in is refused after too many wrong passwords.</summary>
    public Instant? LockedUntil { get; set; }

    /// <summary>Set by an administrator: sign-in is refused until the account is enabled again.</summary>
    public bool Disabled { get; set; }
}
