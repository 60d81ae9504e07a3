using System.Net;
using System.Text.RegularExpressions;
using DexApi.Application.Common.Abstractions;
using Microsoft.Extensions.Options;

namespace DexApi.Infrastructure.Email;

/// <summary>
/// The mails' subjects and bodies. Each has a plain-text and an HTML template, built in, or replaced by a
/// file of the same name in <see cref="EmailOptions.TemplatesDirectory"/>. Placeholders are
/// <c>{{issuer_name}}</c>, <c>{{email}}</c> and <c>{{link}}</c>; in HTML every value is escaped.
/// </summary>
public sealed partial class EmailTemplates(IOptions<EmailOptions> options)
{
    public RenderedEmail Render(UserEmail kind, IReadOnlyDictionary<string, string> values)
    {
        var (name, subject) = kind switch
        {
            UserEmail.Invitation => ("invitation", "Activate Your Account"),
            UserEmail.PasswordReset => ("password-reset", "Reset Your Password"),
            UserEmail.EmailVerification => ("verify-email", "Please verify your email address."),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        var text = Fill(Load($"{name}.txt"), values, value => value);
        var html = Fill(Load($"{name}.html"), values, WebUtility.HtmlEncode);
        return new RenderedEmail(subject, text, html);
    }

    private static string Fill(string template, IReadOnlyDictionary<string, string> values, Func<string, string> encode)
        => Placeholder().Replace(template, match =>
            values.TryGetValue(match.Groups[1].Value, out var value) ? encode(value) : match.Value);

    private string Load(string fileName)
    {
        var folder = options.Value.TemplatesDirectory;
        if (!string.IsNullOrWhiteSpace(folder))
        {
            var path = Path.Combine(folder, fileName);
            if (File.Exists(path))
            {
                return File.ReadAllText(path);
            }
        }

        var resource = $"{typeof(EmailTemplates).Namespace}.Templates.{fileName}";
        using var stream = typeof(EmailTemplates).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The built-in template {fileName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\{\{\s*([a-z_]+)\s*\}\}")]
    private static partial Regex Placeholder();
}

/// <summary>A mail ready to send.</summary>
public sealed record RenderedEmail(string Subject, string TextBody, string HtmlBody);
