import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import {
	createRemoteJWKSet,
	exportJWK,
	generateKeyPair,
	jwtVerify,
	SignJWT,
	type CryptoKey,
	type JWK,
	type JWTPayload
} from 'jose';

/**
 * A test LMS platform on loopback, playing the LTI 1.3 platform's part: its own RSA keys and
 * JWKS, an OIDC auth endpoint that answers the tool's login redirect with a signed id_token (the
 * claims of the LTI 1.3 Core specification's example launch, §5 and appendix), an OAuth2 token
 * endpoint that checks the tool's client assertion against the tool's JWKS, a line item whose
 * /scores endpoint records what it receives, an NRPS membership endpoint, and a deep-linking
 * return endpoint that checks the tool's signed response.
 */

const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';
const DL = 'https://purl.imsglobal.org/spec/lti-dl/claim/';

export const ROLES = {
	learner: [
		'http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student',
		'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner'
	],
	instructor: [
		'http://purl.imsglobal.org/vocab/lis/v2/institution/person#Faculty',
		'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor'
	]
};

interface PlatformKey {
	kid: string;
	privateKey: CryptoKey;
	publicJwk: JWK;
}

async function newKey(): Promise<PlatformKey> {
	const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
	return {
		kid: `k-${randomBytes(6).toString('hex')}`,
		privateKey,
		publicJwk: await exportJWK(publicKey)
	};
}

/** What the next id_token says, and how a test spoils it. */
export interface LaunchSpec {
	messageType?: 'LtiResourceLinkRequest' | 'LtiDeepLinkingRequest' | string;
	sub?: string;
	name?: string;
	roles?: string[];
	custom?: Record<string, string>;
	deploymentId?: string;
	aud?: string | string[];
	/** Seconds from now. */
	expiresIn?: number;
	iatOffset?: number;
	/** Sign with this key but name `kid` in the header. */
	signWith?: 'current' | 'stranger';
	kid?: string;
	omit?: string[];
	version?: string;
	nonce?: string;
}

export interface ScoreRequest {
	url: string;
	contentType: string | undefined;
	authorization: string | undefined;
	body: Record<string, unknown>;
	status: number;
}

export class TestPlatform {
	readonly clientId = `client-${randomBytes(4).toString('hex')}`;
	readonly deploymentId = '07940580-b309-415e-a37c-914d387c1150';
	readonly contextId = 'c1d887f0-a1a3-4bca-ae25-c375edcc131a';
	url = '';
	toolUrl = '';
	private server: Server | undefined;
	private keys: PlatformKey[] = [];
	private stranger: PlatformKey | undefined;
	next: LaunchSpec = {};
	/** Id tokens issued, newest last. */
	issued: string[] = [];
	scores: ScoreRequest[] = [];
	tokenRequests: { scope: string; assertion: JWTPayload }[] = [];
	deepLinkResponses: JWTPayload[] = [];
	/** The next this many score posts answer 500. */
	failScores = 0;
	members: { user_id: string; name: string; roles: string[] }[] = [];
	private accessTokens = new Set<string>();

	async start(): Promise<this> {
		this.keys = [await newKey()];
		this.stranger = await newKey();
		this.server = createServer((request, response) => {
			this.handle(request)
				.then(({ status, type, body }) => {
					response.writeHead(status, { 'content-type': type });
					response.end(body);
				})
				.catch((failure: unknown) => {
					response.writeHead(500, { 'content-type': 'text/plain' });
					response.end(String(failure));
				});
		});
		await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
		const address = this.server.address();
		if (typeof address !== 'object' || !address) throw new Error('test platform: no address');
		this.url = `http://127.0.0.1:${address.port}`;
		return this;
	}

	stop(): Promise<void> {
		return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
	}

	/** The entry of FACTQUIZ_LTI_PLATFORMS for this platform. */
	registration() {
		return {
			name: 'Test LMS',
			issuer: this.url,
			clientId: this.clientId,
			deploymentIds: [this.deploymentId],
			authLoginUrl: `${this.url}/auth`,
			authTokenUrl: `${this.url}/token`,
			keysetUrl: `${this.url}/jwks`
		};
	}

	get lineItemUrl() {
		return `${this.url}/lineitems/1?type=quiz`;
	}

	/** A new signing key replaces the old one in the JWKS. */
	async rotateKey(): Promise<void> {
		this.keys = [await newKey()];
	}

	get currentKid(): string {
		return this.keys[0]!.kid;
	}

	/** The claims of the specification's example launch, for this platform and the tool. */
	private claims(spec: LaunchSpec, nonce: string): JWTPayload {
		const now = Math.floor(Date.now() / 1000);
		const messageType = spec.messageType ?? 'LtiResourceLinkRequest';
		const claims: Record<string, unknown> = {
			iss: this.url,
			sub: spec.sub ?? 'a6d5c443-1f51-4783-ba1a-7686ffe3b54a',
			aud: spec.aud ?? [this.clientId],
			azp: this.clientId,
			exp: now + (spec.expiresIn ?? 600),
			iat: now + (spec.iatOffset ?? 0),
			nonce: spec.nonce ?? nonce,
			name: spec.name ?? 'Ms Jane Marie Doe',
			given_name: 'Jane',
			family_name: 'Doe',
			middle_name: 'Marie',
			email: 'jane@platform.example.edu',
			locale: 'en-US',
			[`${LTI}deployment_id`]: spec.deploymentId ?? this.deploymentId,
			[`${LTI}message_type`]: messageType,
			[`${LTI}version`]: spec.version ?? '1.3.0',
			[`${LTI}roles`]: spec.roles ?? ROLES.learner,
			[`${LTI}context`]: {
				id: this.contextId,
				label: 'ECON 1010',
				title: 'Economics as a Social Science',
				type: ['http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering']
			},
			[`${LTI}tool_platform`]: {
				guid: 'ex/48bbb541-ce55-456e-8b7d-ebc59a38d435',
				name: 'Example Tool Platform',
				product_family_code: 'ExamplePlatformVendor-Product',
				version: '1.0'
			},
			[`${LTI}target_link_uri`]: `${this.toolUrl}/lti/launch`,
			[`${LTI}launch_presentation`]: { document_target: 'iframe', height: 320, width: 240 },
			[`${LTI}custom`]: spec.custom ?? {},
			'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice': {
				context_memberships_url: `${this.url}/memberships`,
				service_versions: ['2.0']
			}
		};
		if (messageType === 'LtiDeepLinkingRequest') {
			claims[`${DL}deep_linking_settings`] = {
				deep_link_return_url: `${this.url}/deep-link-return`,
				accept_types: ['ltiResourceLink'],
				accept_presentation_document_targets: ['iframe', 'window'],
				accept_multiple: false,
				auto_create: true,
				data: 'csrftoken:c7fbba78-7b75-46e3-9201-11e6d5f36f53'
			};
		} else {
			claims[`${LTI}resource_link`] = {
				id: '200d101f-2c14-434a-a0f3-57c2a42369fd',
				title: 'Introduction Assignment'
			};
			claims['https://purl.imsglobal.org/spec/lti-ags/claim/endpoint'] = {
				scope: [
					'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem',
					'https://purl.imsglobal.org/spec/lti-ags/scope/score'
				],
				lineitems: `${this.url}/lineitems`,
				lineitem: this.lineItemUrl
			};
		}
		for (const name of spec.omit ?? []) delete claims[name];
		return claims;
	}

	private async idToken(spec: LaunchSpec, nonce: string): Promise<string> {
		const key = spec.signWith === 'stranger' ? this.stranger! : this.keys[0]!;
		return new SignJWT(this.claims(spec, nonce))
			.setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: spec.kid ?? this.keys[0]!.kid })
			.sign(key.privateKey);
	}

	private toolKeys() {
		return createRemoteJWKSet(new URL(`${this.toolUrl}/lti/jwks`));
	}

	private async handle(request: IncomingMessage) {
		const url = new URL(request.url ?? '/', this.url);
		const body = await new Promise<string>((resolve) => {
			let text = '';
			request.on('data', (chunk: Buffer) => (text += chunk.toString()));
			request.on('end', () => resolve(text));
		});
		const json = (value: unknown, status = 200) => ({
			status,
			type: 'application/json',
			body: JSON.stringify(value)
		});
		if (url.pathname === '/jwks') {
			return json({
				keys: this.keys.map((key) => ({ ...key.publicJwk, kid: key.kid, alg: 'RS256', use: 'sig' }))
			});
		}
		if (url.pathname === '/auth') {
			// The OIDC authentication request of the Security Framework §5.1.1.2, answered as a
			// platform does: a page that form-posts the id_token to the redirect_uri.
			const query = url.searchParams;
			const expected = {
				scope: 'openid',
				response_type: 'id_token',
				response_mode: 'form_post',
				prompt: 'none',
				client_id: this.clientId
			};
			for (const [name, value] of Object.entries(expected)) {
				if (query.get(name) !== value) return json({ error: `bad ${name}` }, 400);
			}
			for (const name of ['redirect_uri', 'login_hint', 'state', 'nonce']) {
				if (!query.get(name)) return json({ error: `missing ${name}` }, 400);
			}
			const idToken = await this.idToken(this.next, query.get('nonce')!);
			this.issued.push(idToken);
			const html = `<form method="post" action="${query.get('redirect_uri')}"><input type="hidden" name="id_token" value="${idToken}"><input type="hidden" name="state" value="${query.get('state')}"><button type="submit">Continue to the tool</button></form>`;
			return { status: 200, type: 'text/html', body: html };
		}
		if (url.pathname === '/token' && request.method === 'POST') {
			const form = new URLSearchParams(body);
			if (form.get('grant_type') !== 'client_credentials') return json({ error: 'grant' }, 400);
			const { payload } = await jwtVerify(form.get('client_assertion') ?? '', this.toolKeys(), {
				issuer: this.clientId,
				subject: this.clientId,
				audience: `${this.url}/token`
			});
			this.tokenRequests.push({ scope: form.get('scope') ?? '', assertion: payload });
			const token = randomUUID();
			this.accessTokens.add(token);
			return json({
				access_token: token,
				token_type: 'Bearer',
				expires_in: 3600,
				scope: form.get('scope')
			});
		}
		if (url.pathname === '/lineitems/1/scores' && request.method === 'POST') {
			const authorization = request.headers.authorization;
			const known = this.accessTokens.has((authorization ?? '').replace(/^Bearer /, ''));
			const status = !known ? 401 : this.failScores > 0 ? 500 : 200;
			if (status === 500) this.failScores -= 1;
			this.scores.push({
				url: url.toString(),
				contentType: request.headers['content-type'],
				authorization,
				body: JSON.parse(body) as Record<string, unknown>,
				status
			});
			return json({}, status);
		}
		if (url.pathname === '/memberships') {
			if (!this.accessTokens.has((request.headers.authorization ?? '').replace(/^Bearer /, ''))) {
				return json({}, 401);
			}
			return json({
				id: `${this.url}/memberships`,
				context: { id: this.contextId },
				members: this.members
			});
		}
		if (url.pathname === '/deep-link-return' && request.method === 'POST') {
			const jwt = new URLSearchParams(body).get('JWT') ?? '';
			const { payload } = await jwtVerify(jwt, this.toolKeys(), {
				issuer: this.clientId,
				audience: this.url
			});
			this.deepLinkResponses.push(payload);
			return { status: 200, type: 'text/html', body: '<p>received</p>' };
		}
		return json({ error: 'not found' }, 404);
	}
}
