// App Service Authentication (Entra ID) in front of the Functions app: the dashboard, the approval page and every API
// require a signed-in person, except the routes the product authenticates itself with per-app API keys. The sign-in
// flow uses the app's managed identity as a federated credential of the app registration: no client secret exists.

@description('Required. Name of the Functions app.')
param siteName string

@description('Required. Application (client) id of the Entra app registration people sign in to.')
@minLength(36)
@maxLength(36)
param clientId string

// Routes that carry the product's own API key (x-api-key) and are called by applications, not people. App Service
// Authentication matches these paths exactly, whatever the method.
var keyAuthenticatedRoutes = [
  '/api/guardrail/check'
  '/api/guardrail/check-output'
  '/api/incidents'
  '/api/health'
]

resource site 'Microsoft.Web/sites@2025-03-01' existing = {
  name: siteName
}

resource authentication 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: site
  name: 'authsettingsV2'
  properties: {
    platform: { enabled: true }
    globalValidation: {
      requireAuthentication: true
      // One action for the whole app: browsers go to the Entra sign-in page; API callers present a bearer token.
      unauthenticatedClientAction: 'RedirectToLoginPage'
      redirectToProvider: 'azureactivedirectory'
      excludedPaths: keyAuthenticatedRoutes
    }
    httpSettings: {
      requireHttps: true
      forwardProxy: { convention: 'NoProxy' }
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: clientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
          // Names the app setting that holds the managed identity's client id: the documented way to sign in with a
          // federated identity credential instead of a client secret.
          clientSecretSettingName: 'OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID'
        }
        validation: {
          allowedAudiences: [
            'api://${clientId}'
            clientId
          ]
        }
      }
    }
    login: {
      tokenStore: { enabled: false }
    }
  }
}

@description('The routes excluded from App Service Authentication (they authenticate with the product API key).')
output excludedPaths array = keyAuthenticatedRoutes
