namespace DexApi.Infrastructure.Email;

/// <summary>Bound from the <c>Email</c> configuration section. Without <c>Smtp:Host</c> no mail is sent.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>A folder whose <c>&lt;name&gt;.txt</c> and <c>&lt;name&gt;.html</c> files replace the built-in templates.</summary>
    public string? TemplatesDirectory { get; set; }

    /// <summary>The name mails sign with; defaults to the issuer's host.</summary>
    public string? IssuerName { get; set; }
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? Username { get; set; }

    public string? Password { get; set; }

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>The sender address, for example <c>DexApi &lt;no-reply@example.com&gt;</c>.</summary>
    public string From { get; set; } = "no-reply@localhost";

    /// <summary>How long one send may take before it counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}

public enum SmtpSecurity
{
    /// <summary>Plain SMTP; only for a relay on the same host or network.</summary>
    None,

    /// <summary>Upgrade to TLS with STARTTLS; the server must offer it.</summary>
    StartTls,

    /// <summary>TLS from the first byte (SMTPS, usually port 465).</summary>
    Tls,
}
