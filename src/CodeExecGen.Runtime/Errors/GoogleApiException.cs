#nullable enable

namespace CodeExecGen
{
    /// <summary>
    /// An error answer from the API, before or in the middle of a stream: the HTTP status (none in a
    /// stream) and Google's <c>google.rpc.Status</c>, with its typed details.
    /// </summary>
    /// <remarks>The message never holds the API key, even when Google's own text echoes it.</remarks>
    public sealed class GoogleApiException : global::System.Exception
    {
        /// <summary>An error for <paramref name="method"/> (<c>models.generateContent</c>), with Google's status.</summary>
        public GoogleApiException(string method, global::System.Net.HttpStatusCode? httpStatusCode, GoogleRpcStatus status)
            : base(Describe(method, httpStatusCode, status))
        {
            Method = method;
            HttpStatusCode = httpStatusCode;
            Status = status ?? throw new global::System.ArgumentNullException(nameof(status));
        }

        /// <summary>The REST method that failed: <c>models.generateContent</c>.</summary>
        public string Method { get; }

        /// <summary>The HTTP status of the answer; null for an error that arrived inside a stream.</summary>
        public global::System.Net.HttpStatusCode? HttpStatusCode { get; }

        /// <summary>Google's status: code, message, status name and details.</summary>
        public GoogleRpcStatus Status { get; }

        /// <summary>How long the server asked the caller to wait before retrying (<c>RetryInfo.retryDelay</c>), if it said.</summary>
        public global::System.TimeSpan? RetryDelay => Status.RetryInfo?.RetryDelay?.ToTimeSpan();

        private static string Describe(string method, global::System.Net.HttpStatusCode? httpStatusCode, GoogleRpcStatus status)
        {
            var text = new global::System.Text.StringBuilder(method).Append(" failed");
            if (httpStatusCode is { } code)
            {
                text.Append(" with HTTP ").Append((int)code);
            }
            else
            {
                text.Append(" in the middle of the stream");
            }

            text.Append(": ").Append(status?.Status ?? "UNKNOWN");
            if (status?.Message is { Length: > 0 } message)
            {
                text.Append(" (").Append(message).Append(')');
            }

            return text.ToString();
        }
    }

    /// <summary>
    /// The body of an error answer, <c>{"error": {"code", "message", "status", "details"}}</c>: Google's
    /// <c>google.rpc.Status</c> with the status name the REST mapping adds. Every detail is kept as JSON;
    /// the common ones are also typed.
    /// </summary>
    public sealed class GoogleRpcStatus
    {
        private const string TypePrefix = "type.googleapis.com/google.rpc.";

        /// <summary>The <c>google.rpc.Code</c> (or the HTTP status Google puts there): 429.</summary>
        public int Code { get; init; }

        /// <summary>The developer-facing message.</summary>
        public string? Message { get; init; }

        /// <summary>The code's name: <c>RESOURCE_EXHAUSTED</c>.</summary>
        public string? Status { get; init; }

        /// <summary>Every detail as sent, with its <c>@type</c>.</summary>
        public global::System.Collections.Generic.IReadOnlyList<global::System.Text.Json.JsonElement> Details { get; init; } = global::System.Array.Empty<global::System.Text.Json.JsonElement>();

        /// <summary>The <c>google.rpc.RetryInfo</c> detail.</summary>
        public GoogleRetryInfo? RetryInfo { get; init; }

        /// <summary>The <c>google.rpc.QuotaFailure</c> detail.</summary>
        public GoogleQuotaFailure? QuotaFailure { get; init; }

        /// <summary>The <c>google.rpc.ErrorInfo</c> detail.</summary>
        public GoogleErrorInfo? ErrorInfo { get; init; }

        /// <summary>The <c>google.rpc.BadRequest</c> detail.</summary>
        public GoogleBadRequest? BadRequest { get; init; }

        /// <summary>
        /// Reads an error body (<c>{"error": {...}}</c>). False when <paramref name="json"/> is not one
        /// (an HTML page from a proxy, say): the caller still knows the HTTP status.
        /// </summary>
        public static bool TryParse(string json, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out GoogleRpcStatus? status)
        {
            status = null;
            try
            {
                using var document = global::System.Text.Json.JsonDocument.Parse(json);
                return TryFromBody(document.RootElement, out status);
            }
            catch (global::System.Text.Json.JsonException)
            {
                return false;
            }
        }

        /// <summary>Reads <c>{"error": {...}}</c> from a parsed value.</summary>
        public static bool TryFromBody(global::System.Text.Json.JsonElement body, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out GoogleRpcStatus? status)
        {
            status = null;
            if (body.ValueKind != global::System.Text.Json.JsonValueKind.Object
                || !body.TryGetProperty("error", out var error)
                || error.ValueKind != global::System.Text.Json.JsonValueKind.Object)
            {
                return false;
            }

            var details = new global::System.Collections.Generic.List<global::System.Text.Json.JsonElement>();
            GoogleRetryInfo? retryInfo = null;
            GoogleQuotaFailure? quotaFailure = null;
            GoogleErrorInfo? errorInfo = null;
            GoogleBadRequest? badRequest = null;
            if (error.TryGetProperty("details", out var list) && list.ValueKind == global::System.Text.Json.JsonValueKind.Array)
            {
                foreach (var detail in list.EnumerateArray())
                {
                    details.Add(detail.Clone());
                    switch (String(detail, "@type"))
                    {
                        case TypePrefix + "RetryInfo":
                            retryInfo ??= new GoogleRetryInfo { RetryDelay = String(detail, "retryDelay") is { } delay && GoogleDuration.TryParse(delay, out var parsed) ? parsed : null };
                            break;
                        case TypePrefix + "QuotaFailure":
                            quotaFailure ??= new GoogleQuotaFailure { Violations = Items(detail, "violations", GoogleQuotaFailure.Violation.From) };
                            break;
                        case TypePrefix + "ErrorInfo":
                            errorInfo ??= new GoogleErrorInfo { Reason = String(detail, "reason"), Domain = String(detail, "domain"), Metadata = Strings(detail, "metadata") };
                            break;
                        case TypePrefix + "BadRequest":
                            badRequest ??= new GoogleBadRequest { FieldViolations = Items(detail, "fieldViolations", GoogleBadRequest.FieldViolation.From) };
                            break;
                    }
                }
            }

            status = new GoogleRpcStatus
            {
                Code = error.TryGetProperty("code", out var code) && code.ValueKind == global::System.Text.Json.JsonValueKind.Number && code.TryGetInt32(out var number) ? number : 0,
                Message = String(error, "message"),
                Status = String(error, "status"),
                Details = details,
                RetryInfo = retryInfo,
                QuotaFailure = quotaFailure,
                ErrorInfo = errorInfo,
                BadRequest = badRequest,
            };
            return true;
        }

        internal static string? String(global::System.Text.Json.JsonElement value, string name)
            => value.ValueKind == global::System.Text.Json.JsonValueKind.Object && value.TryGetProperty(name, out var member) && member.ValueKind == global::System.Text.Json.JsonValueKind.String ? member.GetString() : null;

        internal static global::System.Collections.Generic.IReadOnlyDictionary<string, string> Strings(global::System.Text.Json.JsonElement value, string name)
        {
            var map = new global::System.Collections.Generic.Dictionary<string, string>(global::System.StringComparer.Ordinal);
            if (value.TryGetProperty(name, out var members) && members.ValueKind == global::System.Text.Json.JsonValueKind.Object)
            {
                foreach (var member in members.EnumerateObject())
                {
                    if (member.Value.ValueKind == global::System.Text.Json.JsonValueKind.String)
                    {
                        map[member.Name] = member.Value.GetString()!;
                    }
                }
            }

            return map;
        }

        private static global::System.Collections.Generic.IReadOnlyList<T> Items<T>(global::System.Text.Json.JsonElement value, string name, global::System.Func<global::System.Text.Json.JsonElement, T> read)
        {
            var items = new global::System.Collections.Generic.List<T>();
            if (value.TryGetProperty(name, out var list) && list.ValueKind == global::System.Text.Json.JsonValueKind.Array)
            {
                foreach (var item in list.EnumerateArray())
                {
                    if (item.ValueKind == global::System.Text.Json.JsonValueKind.Object)
                    {
                        items.Add(read(item));
                    }
                }
            }

            return items;
        }
    }

    /// <summary><c>google.rpc.RetryInfo</c>: when the client may retry.</summary>
    public sealed class GoogleRetryInfo
    {
        /// <summary>The delay to wait before retrying: <c>"30s"</c>.</summary>
        public GoogleDuration? RetryDelay { get; init; }
    }

    /// <summary><c>google.rpc.QuotaFailure</c>: which quotas were exceeded.</summary>
    public sealed class GoogleQuotaFailure
    {
        /// <summary>One entry per exceeded quota.</summary>
        public global::System.Collections.Generic.IReadOnlyList<Violation> Violations { get; init; } = global::System.Array.Empty<Violation>();

        /// <summary>One exceeded quota.</summary>
        public sealed class Violation
        {
            /// <summary>What the quota applies to: <c>project:123</c>.</summary>
            public string? Subject { get; init; }

            /// <summary>How the quota was exceeded.</summary>
            public string? Description { get; init; }

            /// <summary>The metric: <c>generativelanguage.googleapis.com/generate_content_free_tier_requests</c>.</summary>
            public string? QuotaMetric { get; init; }

            /// <summary>The quota's id: <c>GenerateRequestsPerMinutePerProjectPerModel-FreeTier</c>.</summary>
            public string? QuotaId { get; init; }

            /// <summary>The dimensions of the quota: <c>model</c>, <c>location</c>.</summary>
            public global::System.Collections.Generic.IReadOnlyDictionary<string, string> QuotaDimensions { get; init; } = new global::System.Collections.Generic.Dictionary<string, string>();

            /// <summary>The quota's limit, when Google says it (an int64, sent as a string or a number).</summary>
            public long? QuotaValue { get; init; }

            internal static Violation From(global::System.Text.Json.JsonElement value) => new()
            {
                Subject = GoogleRpcStatus.String(value, "subject"),
                Description = GoogleRpcStatus.String(value, "description"),
                QuotaMetric = GoogleRpcStatus.String(value, "quotaMetric"),
                QuotaId = GoogleRpcStatus.String(value, "quotaId"),
                QuotaDimensions = GoogleRpcStatus.Strings(value, "quotaDimensions"),
                QuotaValue = value.TryGetProperty("quotaValue", out var limit)
                    ? limit.ValueKind == global::System.Text.Json.JsonValueKind.Number && limit.TryGetInt64(out var n) ? n
                    : limit.ValueKind == global::System.Text.Json.JsonValueKind.String && long.TryParse(limit.GetString(), global::System.Globalization.NumberStyles.AllowLeadingSign, global::System.Globalization.CultureInfo.InvariantCulture, out var s) ? s
                    : null
                    : null,
            };
        }
    }

    /// <summary><c>google.rpc.ErrorInfo</c>: the machine-readable reason.</summary>
    public sealed class GoogleErrorInfo
    {
        /// <summary>The reason: <c>API_KEY_INVALID</c>.</summary>
        public string? Reason { get; init; }

        /// <summary>The domain that produced it: <c>googleapis.com</c>.</summary>
        public string? Domain { get; init; }

        /// <summary>More about the error: <c>service</c>, <c>consumer</c>.</summary>
        public global::System.Collections.Generic.IReadOnlyDictionary<string, string> Metadata { get; init; } = new global::System.Collections.Generic.Dictionary<string, string>();
    }

    /// <summary><c>google.rpc.BadRequest</c>: which request fields were wrong.</summary>
    public sealed class GoogleBadRequest
    {
        /// <summary>One entry per wrong field.</summary>
        public global::System.Collections.Generic.IReadOnlyList<FieldViolation> FieldViolations { get; init; } = global::System.Array.Empty<FieldViolation>();

        /// <summary>A wrong field.</summary>
        public sealed class FieldViolation
        {
            /// <summary>The field's path: <c>contents[0].parts[1].inline_data</c>.</summary>
            public string? Field { get; init; }

            /// <summary>Why it is wrong.</summary>
            public string? Description { get; init; }

            /// <summary>The reason code, when given.</summary>
            public string? Reason { get; init; }

            internal static FieldViolation From(global::System.Text.Json.JsonElement value) => new()
            {
                Field = GoogleRpcStatus.String(value, "field"),
                Description = GoogleRpcStatus.String(value, "description"),
                Reason = GoogleRpcStatus.String(value, "reason"),
            };
        }
    }

    /// <summary>The connection ended in the middle of a streamed answer; <see cref="ChunksReceived"/> says how far it got.</summary>
    public sealed class GoogleStreamInterruptedException : global::System.IO.IOException
    {
        /// <summary>An interruption of <paramref name="method"/> after <paramref name="chunksReceived"/> chunks.</summary>
        public GoogleStreamInterruptedException(string method, int chunksReceived, global::System.Exception? innerException)
            : base(method + ": the connection ended after " + chunksReceived.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + (chunksReceived == 1 ? " chunk" : " chunks") + " of the stream", innerException)
        {
            Method = method;
            ChunksReceived = chunksReceived;
        }

        /// <summary>The streaming method: <c>models.streamGenerateContent</c>.</summary>
        public string Method { get; }

        /// <summary>How many chunks arrived, whole, before the connection ended.</summary>
        public int ChunksReceived { get; }
    }
}
