/** The four models readers choose between, in the order the comparison shows them. */
export const COMPARED_MODELS = ['interest-ecommerce', 'trust-ecommerce', 'shelf-ecommerce', 'social-ecommerce', 'private-domain-ecommerce'] as const;
