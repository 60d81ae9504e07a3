namespace DexApi.Api.Contracts.Users;

/// <summary>If true, disable this user; if false or missing, enable them. Repeating a state is no error.</summary>
public sealed record UserDisableRequest(bool? Disable);
