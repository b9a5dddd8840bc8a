// Generated from deploy/proxy-rules.json by deploy/edge/embed-rules.mjs: do not edit.
export default {
  "$comment": "The key proxy's rules, written once. deploy/nginx/ (rendered into its template), deploy/edge/ (the Worker / Vercel / Netlify handler) and integrations/wordpress/ (the REST route) all follow this file, and tests/proxy/ checks every proxy against it and it against openapi.yaml. Paths are the Open API's; {name} is an int64 id segment (idPattern). Error bodies use the Open API's error shape: {errorMessage, errorCode, traceId}. Checks, in this order: the URI (414), each header line (431), a Transfer-Encoding other than chunked (400), studio and operation (404), an Origin that is sent but not allowed (403), the preflight (204), the method (405), the rate limit (429), the body (413); then the API (502, 504). Only forwardRequestHeaders and X-API-KEY go upstream; only forwardResponseHeaders come back from the API, besides the proxy's own (nginx instead removes a fixed list: deploy/nginx/README.md).",
  "operations": [
    {
      "operationId": "getBookableTrialOfferClasses",
      "method": "GET",
      "path": "/v1/trial-offers/bookable-trial-offers/classes"
    },
    {
      "operationId": "getBookableTrialOfferAppointments",
      "method": "GET",
      "path": "/v1/trial-offers/bookable-trial-offers/appointments/bookable"
    },
    {
      "operationId": "getTrialOfferConfig",
      "method": "GET",
      "path": "/v1/trial-offers/config/{configId}"
    },
    {
      "operationId": "validateForLeadCustomerCreation",
      "method": "POST",
      "path": "/v1/trial-offers/lead/validate"
    },
    {
      "operationId": "createLeadCustomer",
      "method": "POST",
      "path": "/v1/trial-offers/lead/create"
    },
    {
      "operationId": "getClassSlotsForTrialOffers",
      "method": "GET",
      "path": "/v1/trial-offers/bookable-trial-offers/classes/{classId}/slots"
    },
    {
      "operationId": "getBookableAppointmentSlotsForTrialOffers",
      "method": "GET",
      "path": "/v1/trial-offers/bookable-trial-offers/appointments/bookable/{bookableAppointmentId}/slots"
    },
    {
      "operationId": "validateClassSlotForTrialOffers",
      "method": "POST",
      "path": "/v1/trial-offers/classes/booking/validate"
    },
    {
      "operationId": "validateForAppointmentBookingForTrialOffers",
      "method": "POST",
      "path": "/v1/trial-offers/appointments/booking/validate"
    },
    {
      "operationId": "bookClassSlotForTrialOffers",
      "method": "POST",
      "path": "/v1/trial-offers/classes/booking/book"
    },
    {
      "operationId": "bookAppointmentForTrialOffer",
      "method": "POST",
      "path": "/v1/trial-offers/appointments/booking/book"
    },
    {
      "operationId": "confirmTrialOfferBooking",
      "method": "POST",
      "path": "/v1/trial-offers/bookings/{bookingId}/confirm"
    }
  ],
  "idPattern": "[0-9]{1,19}",
  "maxBodyBytes": 16384,
  "maxUriBytes": 8192,
  "maxHeaderBytes": 8192,
  "connectTimeoutSeconds": 5,
  "upstreamTimeoutSeconds": 10,
  "rateLimit": {
    "perSecond": 10,
    "burst": 40,
    "retryAfterSeconds": 2
  },
  "forwardRequestHeaders": [
    "Accept",
    "Accept-Language",
    "Content-Type"
  ],
  "forwardResponseHeaders": [
    "Content-Type",
    "Content-Language",
    "Retry-After"
  ],
  "cors": {
    "allowMethods": [
      "GET",
      "POST",
      "OPTIONS"
    ],
    "allowHeaders": [
      "Content-Type",
      "Accept",
      "Accept-Language"
    ],
    "exposeHeaders": [
      "Retry-After"
    ],
    "maxAgeSeconds": 600
  },
  "answerHeaders": {
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Vary": "Origin"
  },
  "errors": {
    "400": {
      "errorCode": "BAD_REQUEST",
      "errorMessage": "Bad request."
    },
    "403": {
      "errorCode": "ORIGIN_NOT_ALLOWED",
      "errorMessage": "This web site may not use this proxy."
    },
    "404": {
      "errorCode": "NOT_FOUND",
      "errorMessage": "Not found. This proxy forwards only the trial-offer operations."
    },
    "405": {
      "errorCode": "METHOD_NOT_ALLOWED",
      "errorMessage": "Method not allowed for this trial-offer operation."
    },
    "411": {
      "errorCode": "LENGTH_REQUIRED",
      "errorMessage": "A request body needs a Content-Length."
    },
    "413": {
      "errorCode": "PAYLOAD_TOO_LARGE",
      "errorMessage": "Request body too large."
    },
    "414": {
      "errorCode": "URI_TOO_LONG",
      "errorMessage": "Request URI too long."
    },
    "429": {
      "errorCode": "TOO_MANY_REQUESTS",
      "errorMessage": "Too many requests. Please try again shortly."
    },
    "431": {
      "errorCode": "HEADERS_TOO_LARGE",
      "errorMessage": "Request headers too large."
    },
    "500": {
      "errorCode": "INTERNAL_ERROR",
      "errorMessage": "Internal proxy error."
    },
    "502": {
      "errorCode": "BAD_GATEWAY",
      "errorMessage": "The booking system could not be reached."
    },
    "503": {
      "errorCode": "SERVICE_UNAVAILABLE",
      "errorMessage": "The booking system is unavailable."
    },
    "504": {
      "errorCode": "GATEWAY_TIMEOUT",
      "errorMessage": "The booking system did not answer in time."
    }
  }
};
