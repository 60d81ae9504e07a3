using DexApi.Application.Common.Abstractions;
using DexApi.Domain.Users;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DexApi.Infrastructure.Email;

/// <summary>
/// Sends the user mails over SMTP with MailKit. A failure or a timeout is logged and reported as "not
/// sent", never thrown: the caller then hands out the link another way.
/// </summary>
public sealed partial class SmtpUserMailer(
    IOptions<EmailOptions> options,
    EmailTemplates templates,
    IIssuer issuer,
    ILogger<SmtpUserMailer> logger) : IUserMailer
{
    public bool IsAvailable => options.Value.Smtp.IsConfigured;

    public async Task<bool> TrySendAsync(UserEmail kind, User user, string link, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Smtp.IsConfigured)
        {
            return false;
        }

        var message = Compose(settings, kind, user, link);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Smtp.Timeout);
        try
        {
            await SendAsync(settings.Smtp, message, timeout.Token);
            LogSent(logger, kind, user.Id);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Note: the exception's message may quote the server, never the link; the link is not logged.
            LogSendFailed(logger, kind, user.Id, exception.GetType().Name, exception.Message);
            return false;
        }
    }

    public void SendInBackground(UserEmail kind, User user, string link)
        => _ = Task.Run(() => TrySendAsync(kind, user, link, CancellationToken.None));

    private MimeMessage Compose(EmailOptions settings, UserEmail kind, User user, string link)
    {
        var issuerName = settings.IssuerName ?? new Uri(issuer.Url).Host;
        var rendered = templates.Render(kind, new Dictionary<string, string>
        {
            ["issuer_name"] = issuerName,
            ["email"] = user.Email,
            ["link"] = link,
        });
        var body = new BodyBuilder { TextBody = rendered.TextBody, HtmlBody = rendered.HtmlBody };
        var message = new MimeMessage { Subject = rendered.Subject, Body = body.ToMessageBody() };
        message.From.Add(MailboxAddress.Parse(settings.Smtp.From));
        message.To.Add(new MailboxAddress(user.DisplayName, user.Email));
        return message;
    }

    private static async Task SendAsync(SmtpOptions smtp, MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        var security = smtp.Security switch
        {
            SmtpSecurity.None => SecureSocketOptions.None,
            SmtpSecurity.Tls => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(smtp.Host!, smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.Username))
        {
            await client.AuthenticateAsync(smtp.Username, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    [LoggerMessage(EventId = 10001, Level = LogLevel.Information, Message = "Sent {Kind} mail to user {UserId}")]
    private static partial void LogSent(ILogger logger, UserEmail kind, string userId);

    [LoggerMessage(EventId = 10002, Level = LogLevel.Warning,
        Message = "Could not send {Kind} mail to user {UserId}: {ErrorType}: {ErrorMessage}")]
    private static partial void LogSendFailed(ILogger logger, UserEmail kind, string userId, string errorType, string errorMessage);
}
